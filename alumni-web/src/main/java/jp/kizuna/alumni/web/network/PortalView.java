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
import jp.kizuna.alumni.event.AlumniEvent;
import jp.kizuna.alumni.event.EventCalendar;
import jp.kizuna.alumni.event.RsvpStatus;
import jp.kizuna.alumni.home.HomeFeed;
import jp.kizuna.alumni.home.PortalHome;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.network.AlumnusProfiles;
import jp.kizuna.alumni.network.NewsPost;
import jp.kizuna.alumni.network.Outreach;
import jp.kizuna.alumni.opportunity.Interest;
import jp.kizuna.alumni.opportunity.Opportunity;
import jp.kizuna.alumni.opportunity.OpportunityBoard;
import jp.kizuna.alumni.opportunity.Referral;
import jp.kizuna.alumni.opportunity.Referrals;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.LocaleSelection;
import jp.kizuna.alumni.web.shared.UserMessages;

/**
 * /portal/index: the alumnus's home: a feed of what is new for them (news, events, openings that fit
 * them, former colleagues who joined, active spaces), then openings, events, news, referrals and
 * consents. The profile form is its own page, /portal/profile ({@link ProfileView}).
 */
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
    private Outreach outreach;

    @Inject
    private UserMessages messages;

    @Inject
    private LocaleSelection locale;

    @Inject
    private PortalHome home;

    private AlumnusProfile profile;
    /** The home feed, read once per view in the language of the reader. */
    private HomeFeed feed;

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
        consents =
                new ArrayList<>(profiles.myConsents().stream().map(Enum::name).toList());
        refreshLists();
    }

    private void refreshLists() {
        feed = home.feed(locale.getLocale());
        opportunities = board.open();
        interests = board.myInterests();
        events = calendar.upcoming();
        answers = calendar.myAnswers();
        seats = calendar.seatsTaken();
        news = outreach.latestNews(5);
        myReferrals = referrals.mine();
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

    public String withdraw(long opportunityId) {
        Interest interest = interests == null ? null : interests.get(opportunityId);
        if (interest == null) {
            return null;
        }
        try {
            board.withdrawInterest(interest.getId());
            interests = board.myInterests();
            messages.info("network", "opportunity.interest.withdrawn");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        return null;
    }

    /** Whether the member may still take their interest in this opening back. */
    public boolean canWithdraw(long opportunityId) {
        Interest interest = interests == null ? null : interests.get(opportunityId);
        return interest != null && !interest.getStage().isFinal();
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

    public List<ConsentPurpose> getAllPurposes() {
        return Arrays.asList(ConsentPurpose.values());
    }

    public AlumnusProfile getProfile() {
        return profile;
    }

    public HomeFeed getFeed() {
        return feed;
    }

    public List<String> getConsents() {
        return consents;
    }

    public void setConsents(List<String> consents) {
        this.consents = consents;
    }

    public List<Opportunity> getOpportunities() {
        return opportunities;
    }

    public List<AlumniEvent> getEvents() {
        return events;
    }

    public List<NewsPost> getNews() {
        return news;
    }

    public List<Referral> getMyReferrals() {
        return myReferrals;
    }

    public Long getReferralOpportunity() {
        return referralOpportunity;
    }

    public void setReferralOpportunity(Long referralOpportunity) {
        this.referralOpportunity = referralOpportunity;
    }

    public String getCandidateName() {
        return candidateName;
    }

    public void setCandidateName(String candidateName) {
        this.candidateName = candidateName;
    }

    public String getCandidateEmail() {
        return candidateEmail;
    }

    public void setCandidateEmail(String candidateEmail) {
        this.candidateEmail = candidateEmail;
    }

    public String getReferralNote() {
        return referralNote;
    }

    public void setReferralNote(String referralNote) {
        this.referralNote = referralNote;
    }
}
