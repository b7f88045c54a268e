package jp.kizuna.alumni.web.network;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jp.kizuna.alumni.identity.SignInRoleChange;
import jp.kizuna.alumni.identity.SignInRoles;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.network.DepartmentEngagement;
import jp.kizuna.alumni.network.EngagementFigures;
import jp.kizuna.alumni.network.MembershipStatus;
import jp.kizuna.alumni.network.NetworkAdministration;
import jp.kizuna.alumni.network.NetworkEnrolment;
import jp.kizuna.alumni.opportunity.Opportunity;
import jp.kizuna.alumni.opportunity.OpportunityBoard;
import jp.kizuna.alumni.opportunity.OpportunityKind;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.JsonText;
import jp.kizuna.alumni.web.shared.LocaleSelection;
import jp.kizuna.alumni.web.shared.PersonPick;
import jp.kizuna.alumni.web.shared.UserMessages;

/** /network/index: HR's engagement dashboard, members and openings. */
@Named
@ViewScoped
public class NetworkHomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EngagementFigures figures;

    @Inject
    private NetworkAdministration administration;

    @Inject
    private NetworkEnrolment enrolment;

    @Inject
    private OpportunityBoard board;

    @Inject
    private SignInRoles signInRoles;

    @Inject
    private UserMessages messages;

    @Inject
    private LocaleSelection locale;

    private List<DepartmentEngagement> engagement;
    private List<AlumnusProfile> members;
    private List<SignInRoleChange> waitingAccess;
    private List<Opportunity> opportunities;
    private Map<Long, Long> interestCounts;
    private String memberStatus;

    private String kind = OpportunityKind.REHIRE.name();
    private String title;
    private String description;
    private String titleEn;
    private String descriptionEn;
    private String department;
    private String location;
    private LocalDate closesOn;
    private PersonPick invitee;

    @PostConstruct
    void load() {
        engagement = figures.byDepartment();
        loadMembers();
        loadOpportunities();
        waitingAccess = signInRoles.pending();
    }

    public void loadMembers() {
        members = administration.members(
                memberStatus == null || memberStatus.isBlank() ? null : MembershipStatus.valueOf(memberStatus), 0, 100);
    }

    private void loadOpportunities() {
        opportunities = board.all();
        interestCounts = board.interestCounts();
    }

    public String post() {
        try {
            board.post(
                    OpportunityKind.valueOf(kind),
                    title,
                    description,
                    titleEn,
                    descriptionEn,
                    department,
                    location,
                    closesOn);
            title = description = titleEn = descriptionEn = location = null;
            closesOn = null;
            loadOpportunities();
            messages.info("network", "opportunity.posted");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        return null;
    }

    public String close(long opportunityId) {
        board.close(opportunityId);
        loadOpportunities();
        return null;
    }

    public String invite() {
        try {
            AlumnusProfile profile = enrolment.invite(invitee == null ? null : invitee.employeeNumber());
            enrolment.mailInvitation(profile.getPerson().getId());
            invitee = null;
            loadMembers();
            messages.info("network", "invitation.sent");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        return null;
    }

    public String erase(long profileId) {
        try {
            administration.erase(profileId);
            loadMembers();
            engagement = figures.byDepartment();
            messages.info("network", "membership.erased.by-hr");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        return null;
    }

    public String retryAccess(long changeId) {
        boolean done = signInRoles.apply(changeId);
        waitingAccess = signInRoles.pending();
        if (done) {
            messages.info("network", "access.applied");
        } else {
            messages.error("network", "access.still-pending");
        }
        return null;
    }

    public String accessDoneByHand(long changeId) {
        try {
            signInRoles.markDoneByHand(changeId);
            messages.info("network", "access.done-by-hand.saved");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        waitingAccess = signInRoles.pending();
        return null;
    }

    /** Chart.js configuration for the engagement bar chart, labels in the reader's language. */
    public String getChartJson() {
        StringBuilder labels = new StringBuilder();
        StringBuilder active = new StringBuilder();
        StringBuilder boomerang = new StringBuilder();
        StringBuilder referrals = new StringBuilder();
        StringBuilder collaborations = new StringBuilder();
        for (DepartmentEngagement row : engagement) {
            String sep = labels.length() == 0 ? "" : ",";
            labels.append(sep).append(JsonText.quote(row.name(locale.getLocale())));
            active.append(sep).append(row.activeAlumni());
            boomerang.append(sep).append(row.boomerangHires());
            referrals.append(sep).append(row.referrals());
            collaborations.append(sep).append(row.collaborations());
        }
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":["
                + dataset(messages.text("network", "dashboard.active"), active, "#2563eb") + ","
                + dataset(messages.text("network", "dashboard.boomerang"), boomerang, "#16a34a") + ","
                + dataset(messages.text("network", "dashboard.referrals"), referrals, "#d97706") + ","
                + dataset(messages.text("network", "dashboard.collaborations"), collaborations, "#9333ea")
                + "]},\"options\":{\"responsive\":true,\"scales\":{\"y\":{\"beginAtZero\":true,\"ticks\":{\"precision\":0}}}}}";
    }

    private static String dataset(String label, StringBuilder values, String colour) {
        return "{\"label\":" + JsonText.quote(label) + ",\"data\":[" + values + "],\"backgroundColor\":\"" + colour
                + "\"}";
    }

    public long getTotalActive() {
        return engagement.stream().mapToLong(DepartmentEngagement::activeAlumni).sum();
    }

    public long getTotalBoomerang() {
        return engagement.stream()
                .mapToLong(DepartmentEngagement::boomerangHires)
                .sum();
    }

    public long getTotalReferrals() {
        return engagement.stream().mapToLong(DepartmentEngagement::referrals).sum();
    }

    public long getTotalCollaborations() {
        return engagement.stream()
                .mapToLong(DepartmentEngagement::collaborations)
                .sum();
    }

    public long interestCount(long opportunityId) {
        return interestCounts.getOrDefault(opportunityId, 0L);
    }

    public List<OpportunityKind> getKinds() {
        return Arrays.asList(OpportunityKind.values());
    }

    public List<MembershipStatus> getStatuses() {
        return Arrays.asList(MembershipStatus.values());
    }

    public List<DepartmentEngagement> getEngagement() {
        return engagement;
    }

    public List<AlumnusProfile> getMembers() {
        return members;
    }

    public List<SignInRoleChange> getWaitingAccess() {
        return waitingAccess;
    }

    public List<Opportunity> getOpportunities() {
        return opportunities;
    }

    public String getMemberStatus() {
        return memberStatus;
    }

    public void setMemberStatus(String memberStatus) {
        this.memberStatus = memberStatus;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public PersonPick getInvitee() {
        return invitee;
    }

    public void setInvitee(PersonPick invitee) {
        this.invitee = invitee;
    }
}
