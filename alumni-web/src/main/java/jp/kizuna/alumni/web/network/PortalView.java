package jp.kizuna.alumni.web.network;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kizuna.alumni.event.AlumniEvent;
import jp.kizuna.alumni.event.EventCalendar;
import jp.kizuna.alumni.event.RsvpStatus;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.network.AlumnusProfiles;
import jp.kizuna.alumni.network.NetworkAdministration;
import jp.kizuna.alumni.network.NewsPost;
import jp.kizuna.alumni.network.Openness;
import jp.kizuna.alumni.network.ProfileChange;
import jp.kizuna.alumni.opportunity.Interest;
import jp.kizuna.alumni.opportunity.Opportunity;
import jp.kizuna.alumni.opportunity.OpportunityBoard;
import jp.kizuna.alumni.opportunity.Referral;
import jp.kizuna.alumni.opportunity.Referrals;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.LocaleSelection;
import jp.kizuna.alumni.web.shared.UserMessages;

/** /portal/index: the alumnus's home: profile, consents, openings, events, news and referrals. */
@Named
@ViewScoped
public class PortalView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AlumnusProfiles profiles;
    @Inject
    private OpportunityBoard board;
    @Inject
    private EventCalendar calendar;
    @Inject
    private Referrals referrals;
    @Inject
    private NetworkAdministration administration;
    @Inject
    private UserMessages messages;
    @Inject
    private LocaleSelection locale;

    private AlumnusProfile profile;
    private String employer;
    private String role;
    private String region;
    private String bio;
    private String history;
    private List<String> skills = new ArrayList<>();
    private List<String> openTo = new ArrayList<>();
    private boolean showEmployer;
    private boolean showSkills;
    private boolean showRegion;
    private boolean showOpenness;
    private boolean showEmail;
    private List<String> consents = new ArrayList<>();

    private List<Opportunity> opportunities;
    private Map<Long, Interest> interests;
    private List<AlumniEvent> events;
    private Map<Long, RsvpStatus> answers;
    private Map<Long, Long> seats;
    private List<NewsPost> news;
    private List<Referral> myReferrals;

    private Long referralOpportunity;
    private String candidateName;
    private String candidateEmail;
    private String referralNote;

    @PostConstruct
    void load() {
        profile = profiles.myProfile().orElse(null);
        if (profile == null || !profile.isMember()) {
            return;
        }
        employer = profile.getCurrentEmployer();
        role = profile.getCurrentRole();
        region = profile.getRegion();
        bio = profile.getBio();
        history = profile.getDepartmentsHistory();
        skills = new ArrayList<>(profile.getSkills());
        openTo = new ArrayList<>(profile.getOpenness().stream().map(Enum::name).toList());
        showEmployer = profile.isShowEmployer();
        showSkills = profile.isShowSkills();
        showRegion = profile.isShowRegion();
        showOpenness = profile.isShowOpenness();
        showEmail = profile.isShowEmail();
        consents = new ArrayList<>(profiles.myConsents().stream().map(Enum::name).toList());
        refreshLists();
    }

    private void refreshLists() {
        opportunities = board.open();
        interests = board.myInterests();
        events = calendar.upcoming();
        answers = calendar.myAnswers();
        seats = calendar.seatsTaken();
        news = administration.latestNews(5);
        myReferrals = referrals.mine();
    }

    public String save() {
        try {
            Set<Openness> open = EnumSet.noneOf(Openness.class);
            openTo.forEach(o -> open.add(Openness.valueOf(o)));
            profile = profiles.update(new ProfileChange(employer, role, region, bio, history, skills, open,
                    showEmployer, showSkills, showRegion, showOpenness, showEmail));
            messages.info("network", "profile.saved");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        return null;
    }

    public String confirmCurrent() {
        try {
            profiles.confirmCurrent();
            profile = profiles.myProfile().orElse(profile);
            messages.info("network", "profile.confirmed");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        return null;
    }

    public String saveConsents() {
        try {
            EnumSet<ConsentPurpose> chosen = EnumSet.noneOf(ConsentPurpose.class);
            consents.forEach(c -> chosen.add(ConsentPurpose.valueOf(c)));
            profiles.changeConsents(chosen, locale.getLocale());
            messages.info("network", "consent.saved");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        return null;
    }

    public String interested(long opportunityId) {
        try {
            board.expressInterest(opportunityId);
            interests = board.myInterests();
            messages.info("network", "opportunity.interest.recorded");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        return null;
    }

    public String attend(long eventId) {
        try {
            RsvpStatus status = calendar.attend(eventId).getStatus();
            answers = calendar.myAnswers();
            seats = calendar.seatsTaken();
            messages.info("network", "event.answer." + status.name());
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        return null;
    }

    public String cancelAttendance(long eventId) {
        try {
            calendar.cancelAttendance(eventId);
            answers = calendar.myAnswers();
            seats = calendar.seatsTaken();
            messages.info("network", "event.answer.CANCELLED");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        return null;
    }

    public String refer() {
        try {
            referrals.refer(referralOpportunity, candidateName, candidateEmail, referralNote);
            myReferrals = referrals.mine();
            candidateName = candidateEmail = referralNote = null;
            referralOpportunity = null;
            messages.info("network", "referral.sent");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        return null;
    }

    public String leave() {
        try {
            profiles.leaveNetwork();
            messages.info("network", "membership.left");
            return "/index?faces-redirect=true";
        } catch (BusinessException refused) {
            messages.refused(refused);
            return null;
        }
    }

    public String erase() {
        try {
            profiles.eraseMe();
            messages.info("network", "membership.erased");
            return "/index?faces-redirect=true";
        } catch (BusinessException refused) {
            messages.refused(refused);
            return null;
        }
    }

    public boolean isMember() {
        return profile != null && profile.isMember();
    }

    public boolean isConfirmationDue() {
        return profile != null && profile.needsConfirmation(java.time.LocalDateTime.now());
    }

    public String stageOf(long opportunityId) {
        Interest interest = interests == null ? null : interests.get(opportunityId);
        return interest == null ? null : interest.getStage().name();
    }

    public String answerTo(long eventId) {
        RsvpStatus status = answers == null ? null : answers.get(eventId);
        return status == null ? null : status.name();
    }

    public long seatsTaken(long eventId) {
        return seats == null ? 0 : seats.getOrDefault(eventId, 0L);
    }

    public List<Openness> getAllOpenness() { return Arrays.asList(Openness.values()); }
    public List<ConsentPurpose> getAllPurposes() { return Arrays.asList(ConsentPurpose.values()); }
    public AlumnusProfile getProfile() { return profile; }
    public String getEmployer() { return employer; }
    public void setEmployer(String employer) { this.employer = employer; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getBio() { return bio; }
    public void setBio(String bio) { this.bio = bio; }
    public String getHistory() { return history; }
    public void setHistory(String history) { this.history = history; }
    public List<String> getSkills() { return skills; }
    public void setSkills(List<String> skills) { this.skills = skills == null ? new ArrayList<>() : skills; }
    public List<String> getOpenTo() { return openTo; }
    public void setOpenTo(List<String> openTo) { this.openTo = openTo; }
    public boolean isShowEmployer() { return showEmployer; }
    public void setShowEmployer(boolean showEmployer) { this.showEmployer = showEmployer; }
    public boolean isShowSkills() { return showSkills; }
    public void setShowSkills(boolean showSkills) { this.showSkills = showSkills; }
    public boolean isShowRegion() { return showRegion; }
    public void setShowRegion(boolean showRegion) { this.showRegion = showRegion; }
    public boolean isShowOpenness() { return showOpenness; }
    public void setShowOpenness(boolean showOpenness) { this.showOpenness = showOpenness; }
    public boolean isShowEmail() { return showEmail; }
    public void setShowEmail(boolean showEmail) { this.showEmail = showEmail; }
    public List<String> getConsents() { return consents; }
    public void setConsents(List<String> consents) { this.consents = consents; }
    public List<Opportunity> getOpportunities() { return opportunities; }
    public List<AlumniEvent> getEvents() { return events; }
    public List<NewsPost> getNews() { return news; }
    public List<Referral> getMyReferrals() { return myReferrals; }
    public Long getReferralOpportunity() { return referralOpportunity; }
    public void setReferralOpportunity(Long referralOpportunity) { this.referralOpportunity = referralOpportunity; }
    public String getCandidateName() { return candidateName; }
    public void setCandidateName(String candidateName) { this.candidateName = candidateName; }
    public String getCandidateEmail() { return candidateEmail; }
    public void setCandidateEmail(String candidateEmail) { this.candidateEmail = candidateEmail; }
    public String getReferralNote() { return referralNote; }
    public void setReferralNote(String referralNote) { this.referralNote = referralNote; }
}
