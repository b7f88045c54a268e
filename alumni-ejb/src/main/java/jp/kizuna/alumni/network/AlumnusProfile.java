package jp.kizuna.alumni.network;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.identity.EmploymentStatus;
import jp.kizuna.alumni.identity.SearchKey;
import jp.kizuna.alumni.shared.BusinessException;

/**
 * A person's place in the alumni network, from the invitation at resignation on, and what they
 * tell other alumni and HR about themselves. Points at the employee record rather than copying
 * it: an alumnus is the same person the company employed.
 */
@Entity
@Table(name = "alumnus_profile")
public class AlumnusProfile extends jp.kizuna.alumni.shared.BaseEntity implements Serializable {

    /** Profiles older than this are asked to be confirmed again. */
    public static final int CONFIRMATION_INTERVAL_DAYS = 365;

    public static final int MAX_SKILLS = 30;
    /** Room for the keys of {@link #MAX_SKILLS} skills of 80 characters with their separators. */
    public static final int SKILLS_KEY_LENGTH = 2500;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "network_id")
    private AlumniNetwork network;

    /** The offboarding case the invitation came from, when there was one: links back to the exit record. */
    @Column(name = "exit_case_id")
    private Long exitCaseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MembershipStatus status = MembershipStatus.INVITED;

    @Column(name = "last_day")
    private LocalDate lastDay;

    @Column(name = "invited_at", nullable = false)
    private LocalDateTime invitedAt;

    @Column(name = "invitation_sent_at")
    private LocalDateTime invitationSentAt;

    @Column(name = "invitation_answered_at")
    private LocalDateTime invitationAnsweredAt;

    @Column(name = "joined_at")
    private LocalDateTime joinedAt;

    @Column(name = "left_network_at")
    private LocalDateTime leftNetworkAt;

    /** The department at leaving, kept here so the directory filters on one table. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @Column(name = "years_of_service", nullable = false)
    private int yearsOfService;

    @Column(name = "departments_history")
    private String departmentsHistory;

    @Column(name = "current_employer")
    private String currentEmployer;

    @Column(name = "job_role")
    private String currentRole;

    // Search keys of employer and role (see SearchKey) for the directory's prefix search.
    @Column(name = "employer_key")
    private String employerKey;

    @Column(name = "role_key")
    private String roleKey;

    /** The first day of the month from which the member is open to returning, if they said so. */
    @Column(name = "returning_from")
    private LocalDate returningFrom;

    /** The search keys of the skills (SearchKey.ofAll), for the directory's partial match on skills. */
    @Column(name = "skills_key")
    private String skillsKey;

    private String region;

    private String bio;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "alumnus_skill", joinColumns = @JoinColumn(name = "profile_id"))
    @Column(name = "skill")
    private Set<String> skills = new TreeSet<>();

    @Column(name = "open_rehire", nullable = false)
    private boolean openRehire;

    @Column(name = "open_side_job", nullable = false)
    private boolean openSideJob;

    @Column(name = "open_collaboration", nullable = false)
    private boolean openCollaboration;

    @Column(name = "open_mentoring", nullable = false)
    private boolean openMentoring;

    @Column(name = "open_speaking", nullable = false)
    private boolean openSpeaking;

    @Column(name = "open_referrals", nullable = false)
    private boolean openReferrals;

    @Column(name = "show_employer", nullable = false)
    private boolean showEmployer = true;

    @Column(name = "show_skills", nullable = false)
    private boolean showSkills = true;

    @Column(name = "show_region", nullable = false)
    private boolean showRegion = true;

    @Column(name = "show_openness", nullable = false)
    private boolean showOpenness = true;

    @Column(name = "show_email", nullable = false)
    private boolean showEmail;

    @Column(name = "confirmed_at")
    private LocalDateTime confirmedAt;

    @Column(name = "confirmation_requested_at")
    private LocalDateTime confirmationRequestedAt;

    protected AlumnusProfile() {}

    public AlumnusProfile(Employee person, Long exitCaseId, LocalDate lastDay, LocalDateTime invitedAt) {
        this.person = Objects.requireNonNull(person, "person");
        this.exitCaseId = exitCaseId;
        this.lastDay = lastDay;
        this.invitedAt = Objects.requireNonNull(invitedAt, "invitedAt");
    }

    /** A fresh invitation (after a decline or withdrawal, or a second resignation case). */
    public void reinvite(Long caseId, LocalDate newLastDay, LocalDateTime now) {
        if (status == MembershipStatus.ACTIVE || status == MembershipStatus.ACCEPTED) {
            return;
        }
        if (status == MembershipStatus.ERASED) {
            throw new BusinessException("network.profile.erased");
        }
        status = MembershipStatus.INVITED;
        if (caseId != null) {
            exitCaseId = caseId;
        }
        if (newLastDay != null) {
            lastDay = newLastDay;
        }
        invitedAt = now;
        invitationSentAt = null;
        invitationAnsweredAt = null;
    }

    public void invitationSent(LocalDateTime when) {
        invitationSentAt = when;
    }

    /**
     * The person says yes. While still employed they wait for the last day; after it they are a
     * member at once.
     */
    public void accept(LocalDate today, LocalDateTime now) {
        if (status != MembershipStatus.INVITED
                && status != MembershipStatus.DECLINED
                && status != MembershipStatus.WITHDRAWN) {
            throw new BusinessException("network.invitation.not-open", status);
        }
        invitationAnsweredAt = now;
        status = MembershipStatus.ACCEPTED;
        if (person.getStatus() == EmploymentStatus.LEFT) {
            activate(person.getLeavingDate() == null ? today : person.getLeavingDate(), today, now);
        }
    }

    public void decline(LocalDateTime now) {
        if (status != MembershipStatus.INVITED && status != MembershipStatus.ACCEPTED) {
            throw new BusinessException("network.invitation.not-open", status);
        }
        invitationAnsweredAt = now;
        status = MembershipStatus.DECLINED;
    }

    /** The last day has passed for someone who accepted: they become an alumnus. */
    public void activate(LocalDate leftOn, LocalDate today, LocalDateTime now) {
        if (status != MembershipStatus.ACCEPTED) {
            throw new BusinessException("network.activation.not-accepted", status);
        }
        if (person.getStatus() != EmploymentStatus.LEFT) {
            throw new BusinessException("network.activation.still-employed");
        }
        status = MembershipStatus.ACTIVE;
        lastDay = leftOn;
        joinedAt = now;
        department = person.getDepartment();
        yearsOfService = person.yearsOfService(today);
        if (departmentsHistory == null && department != null) {
            departmentsHistory = department.getNameJa() + " / " + department.getNameEn();
        }
        confirmedAt = now;
    }

    public void leaveNetwork(LocalDateTime now) {
        if (status != MembershipStatus.ACTIVE && status != MembershipStatus.ACCEPTED) {
            throw new BusinessException("network.membership.not-member", status);
        }
        status = MembershipStatus.WITHDRAWN;
        leftNetworkAt = now;
    }

    /** Removes everything that identifies the person; keeps department and years for statistics. */
    public void erase(LocalDateTime now) {
        status = MembershipStatus.ERASED;
        leftNetworkAt = leftNetworkAt == null ? now : leftNetworkAt;
        currentEmployer = null;
        currentRole = null;
        employerKey = null;
        roleKey = null;
        region = null;
        bio = null;
        departmentsHistory = null;
        skills.clear();
        skillsKey = null;
        returningFrom = null;
        openRehire = openSideJob = openCollaboration = openMentoring = openSpeaking = openReferrals = false;
        showEmployer = showSkills = showRegion = showOpenness = showEmail = false;
        network = null;
    }

    public void describe(String employer, String role, String newRegion, String newBio, String history) {
        requireEditable();
        currentEmployer = trimmed(employer, 200);
        currentRole = trimmed(role, 200);
        employerKey = SearchKey.of(currentEmployer);
        roleKey = SearchKey.of(currentRole);
        region = trimmed(newRegion, 100);
        bio = trimmed(newBio, 2000);
        departmentsHistory = trimmed(history, 500);
    }

    /** Skills are compared case-insensitively; the directory filters on the lower-case form. */
    public void replaceSkills(Collection<String> newSkills) {
        requireEditable();
        Set<String> normalised = new TreeSet<>();
        for (String skill : newSkills) {
            String value = normaliseSkill(skill);
            if (value != null) {
                normalised.add(value);
            }
        }
        if (normalised.size() > MAX_SKILLS) {
            throw new BusinessException("network.profile.too-many-skills", MAX_SKILLS);
        }
        skills.retainAll(normalised);
        skills.addAll(normalised);
        skillsKey = SearchKey.ofAll(skills, SKILLS_KEY_LENGTH);
    }

    public static String normaliseSkill(String skill) {
        if (skill == null || skill.isBlank()) {
            return null;
        }
        String value = skill.strip().toLowerCase(Locale.ROOT);
        return value.length() > 80 ? value.substring(0, 80) : value;
    }

    public void openTo(Set<Openness> openness) {
        requireEditable();
        openRehire = openness.contains(Openness.REHIRE);
        openSideJob = openness.contains(Openness.SIDE_JOB);
        openCollaboration = openness.contains(Openness.COLLABORATION);
        openMentoring = openness.contains(Openness.MENTORING);
        openSpeaking = openness.contains(Openness.SPEAKING);
        openReferrals = openness.contains(Openness.REFERRALS);
    }

    /** "Open to returning from" a month, shown to HR and used for matching; null clears it. */
    public void openToReturningFrom(YearMonth month) {
        requireEditable();
        returningFrom = month == null ? null : month.atDay(1);
    }

    public YearMonth getReturningFrom() {
        return returningFrom == null ? null : YearMonth.from(returningFrom);
    }

    public Set<Openness> getOpenness() {
        Set<Openness> result = EnumSet.noneOf(Openness.class);
        if (openRehire) result.add(Openness.REHIRE);
        if (openSideJob) result.add(Openness.SIDE_JOB);
        if (openCollaboration) result.add(Openness.COLLABORATION);
        if (openMentoring) result.add(Openness.MENTORING);
        if (openSpeaking) result.add(Openness.SPEAKING);
        if (openReferrals) result.add(Openness.REFERRALS);
        return result;
    }

    public void showInDirectory(
            boolean employer, boolean skillList, boolean regionShown, boolean opennessShown, boolean email) {
        requireEditable();
        showEmployer = employer;
        showSkills = skillList;
        showRegion = regionShown;
        showOpenness = opennessShown;
        showEmail = email;
    }

    public void confirmCurrent(LocalDateTime now) {
        requireEditable();
        confirmedAt = now;
        confirmationRequestedAt = null;
    }

    public boolean needsConfirmation(LocalDateTime now) {
        return status == MembershipStatus.ACTIVE
                && (confirmedAt == null
                        || confirmedAt.plusDays(CONFIRMATION_INTERVAL_DAYS).isBefore(now));
    }

    public void confirmationRequested(LocalDateTime now) {
        confirmationRequestedAt = now;
    }

    public void moveTo(AlumniNetwork target) {
        this.network = target;
    }

    public boolean isMember() {
        return status == MembershipStatus.ACTIVE;
    }

    private void requireEditable() {
        if (status == MembershipStatus.ERASED || status == MembershipStatus.DECLINED) {
            throw new BusinessException("network.profile.not-editable", status);
        }
    }

    private static String trimmed(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new BusinessException("network.profile.too-long", max);
        }
        return stripped;
    }

    public Employee getPerson() {
        return person;
    }

    public AlumniNetwork getNetwork() {
        return network;
    }

    public Long getExitCaseId() {
        return exitCaseId;
    }

    public MembershipStatus getStatus() {
        return status;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public LocalDateTime getInvitedAt() {
        return invitedAt;
    }

    public LocalDateTime getInvitationSentAt() {
        return invitationSentAt;
    }

    public LocalDateTime getInvitationAnsweredAt() {
        return invitationAnsweredAt;
    }

    public LocalDateTime getJoinedAt() {
        return joinedAt;
    }

    public LocalDateTime getLeftNetworkAt() {
        return leftNetworkAt;
    }

    public Department getDepartment() {
        return department;
    }

    public int getYearsOfService() {
        return yearsOfService;
    }

    public String getDepartmentsHistory() {
        return departmentsHistory;
    }

    public String getCurrentEmployer() {
        return currentEmployer;
    }

    public String getCurrentRole() {
        return currentRole;
    }

    public String getRegion() {
        return region;
    }

    public String getBio() {
        return bio;
    }

    public Set<String> getSkills() {
        return java.util.Collections.unmodifiableSet(skills);
    }

    public boolean isShowEmployer() {
        return showEmployer;
    }

    public boolean isShowSkills() {
        return showSkills;
    }

    public boolean isShowRegion() {
        return showRegion;
    }

    public boolean isShowOpenness() {
        return showOpenness;
    }

    public boolean isShowEmail() {
        return showEmail;
    }

    public LocalDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public LocalDateTime getConfirmationRequestedAt() {
        return confirmationRequestedAt;
    }
}
