package jp.kizuna.alumni.offboarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.shared.BaseEntity;
import jp.kizuna.alumni.shared.BusinessException;

/**
 * One resignation, from the notice to the follow-up after the last day (or to its withdrawal).
 * The department is copied at opening so the analytics count a departure where it happened,
 * even if the person is moved in the last weeks.
 */
@Entity
@Table(name = "offboarding_case")
public class OffboardingCase extends BaseEntity {

    static final int STATED_REASON_MAX = 500;
    static final int REAL_REASON_MAX = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id", nullable = false)
    private Employee employee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status = CaseStatus.NOTICE_RECEIVED;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoticeSource source;

    @Column(name = "notice_date", nullable = false)
    private LocalDate noticeDate;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(name = "stated_reason")
    private String statedReason;

    /** What the stated reason says ({@link StatedReasons}), set when the case is opened. */
    @Column(name = "stated_kind")
    private String statedKind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "primary_reason_id")
    private ReasonCategory primaryReason;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "offboarding_case_reason",
            joinColumns = @JoinColumn(name = "case_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    private Set<ReasonCategory> secondaryReasons = new LinkedHashSet<>();

    @Column(name = "real_reason_text")
    private String realReasonText;

    @Column(name = "opened_at", nullable = false)
    private LocalDateTime openedAt;

    @Column(name = "opened_by", nullable = false)
    private String openedBy;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Column(name = "follow_up_date")
    private LocalDate followUpDate;

    @Column(name = "survey_token", unique = true)
    private String surveyToken;

    @Column(name = "survey_expires_on")
    private LocalDate surveyExpiresOn;

    @Column(name = "survey_completed", nullable = false)
    private boolean surveyCompleted;

    @Column(name = "survey_mailed_at")
    private LocalDateTime surveyMailedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "leaving_type", nullable = false)
    private LeavingType leavingType = LeavingType.VOLUNTARY;

    /** HR regrets this loss (a person the company wanted to keep): counted in the turnover analytics only. */
    @Column(nullable = false)
    private boolean regretted;

    protected OffboardingCase() {}

    public OffboardingCase(Employee employee, ResignationNotice notice, LocalDateTime openedAt, String openedBy) {
        this.employee = Objects.requireNonNull(employee, "employee");
        if (notice.noticeDate() == null || notice.lastDay() == null) {
            throw new BusinessException("offboarding.case.datesRequired");
        }
        if (notice.lastDay().isBefore(notice.noticeDate())) {
            throw new BusinessException("offboarding.case.lastDayBeforeNotice", notice.lastDay(), notice.noticeDate());
        }
        if (notice.statedReason() != null && notice.statedReason().length() > STATED_REASON_MAX) {
            throw new BusinessException("offboarding.text.tooLong", STATED_REASON_MAX);
        }
        this.department = employee.getDepartment();
        this.source = Objects.requireNonNull(notice.source(), "source");
        this.noticeDate = notice.noticeDate();
        this.lastDay = notice.lastDay();
        this.statedReason = blankToNull(notice.statedReason());
        this.openedAt = openedAt;
        this.openedBy = openedBy;
    }

    /**
     * Moves along the path. Moving past the last day is refused before that day is over, because
     * it makes the person LEFT everywhere (accounts, alumni network).
     */
    public void moveTo(CaseStatus target, LocalDate today, LocalDateTime now) {
        if (!status.canMoveTo(target)) {
            throw new BusinessException("offboarding.transition.invalid", status, target);
        }
        if (target == CaseStatus.FOLLOW_UP && !today.isAfter(lastDay)) {
            throw new BusinessException("offboarding.transition.beforeLastDay", lastDay);
        }
        if (target == CaseStatus.WITHDRAWN && today.isAfter(lastDay)) {
            throw new BusinessException("offboarding.withdraw.afterLastDay", lastDay);
        }
        status = target;
        if (!target.isOpen()) {
            closedAt = now;
        }
    }

    /** Changes the last day while the person is still employed (e.g. agreed handover needs longer). */
    public void changeLastDay(LocalDate newLastDay) {
        if (!status.isOpen() || status == CaseStatus.FOLLOW_UP) {
            throw new BusinessException("offboarding.case.lastDayFixed");
        }
        if (newLastDay == null || newLastDay.isBefore(noticeDate)) {
            throw new BusinessException("offboarding.case.lastDayBeforeNotice", newLastDay, noticeDate);
        }
        lastDay = newLastDay;
    }

    public void recordReasons(ReasonCategory primary, Set<ReasonCategory> secondary, String text) {
        if (primary == null && secondary != null && !secondary.isEmpty()) {
            throw new BusinessException("offboarding.reason.primaryRequired");
        }
        if (text != null && text.length() > REAL_REASON_MAX) {
            throw new BusinessException("offboarding.text.tooLong", REAL_REASON_MAX);
        }
        Set<ReasonCategory> others = new LinkedHashSet<>(secondary == null ? Set.of() : secondary);
        others.remove(primary);
        this.primaryReason = primary;
        this.secondaryReasons.clear();
        this.secondaryReasons.addAll(others);
        this.realReasonText = blankToNull(text);
    }

    void issueSurvey(String token, LocalDate expiresOn) {
        this.surveyToken = token;
        this.surveyExpiresOn = expiresOn;
    }

    /** Whether the leaver should still get the survey link: not answered, not expired, case not withdrawn. */
    public boolean surveyOpen(LocalDate today) {
        return surveyToken != null
                && !surveyCompleted
                && status != CaseStatus.WITHDRAWN
                && (surveyExpiresOn == null || !today.isAfter(surveyExpiresOn));
    }

    void surveyMailed(LocalDateTime at) {
        this.surveyMailedAt = at;
    }

    public LocalDateTime getSurveyMailedAt() {
        return surveyMailedAt;
    }

    void surveyCompleted() {
        this.surveyCompleted = true;
    }

    void scheduleFollowUp(LocalDate date) {
        this.followUpDate = date;
    }

    /** Whether the case blocks changes (closed or withdrawn cases are history). */
    public boolean isOpen() {
        return status.isOpen();
    }

    public boolean isRetained() {
        return status == CaseStatus.WITHDRAWN;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Employee getEmployee() {
        return employee;
    }

    public Department getDepartment() {
        return department;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public NoticeSource getSource() {
        return source;
    }

    public LocalDate getNoticeDate() {
        return noticeDate;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public String getStatedReason() {
        return statedReason;
    }

    public String getStatedKind() {
        return statedKind;
    }

    /** Keeps what the stated reason says, as {@link StatedReasons} read it when the case was opened. */
    void statedReasonSays(String kind) {
        this.statedKind = kind;
    }

    public ReasonCategory getPrimaryReason() {
        return primaryReason;
    }

    public Set<ReasonCategory> getSecondaryReasons() {
        return Set.copyOf(secondaryReasons);
    }

    public String getRealReasonText() {
        return realReasonText;
    }

    public LocalDateTime getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public LocalDate getFollowUpDate() {
        return followUpDate;
    }

    public String getSurveyToken() {
        return surveyToken;
    }

    public LocalDate getSurveyExpiresOn() {
        return surveyExpiresOn;
    }

    public boolean isSurveyCompleted() {
        return surveyCompleted;
    }

    /** How the person left and whether the loss is regretted; HR's judgement, kept for the turnover figures. */
    void classifyLeaving(LeavingType type, boolean regrettedLoss) {
        this.leavingType = Objects.requireNonNull(type, "type");
        this.regretted = regrettedLoss;
    }

    public LeavingType getLeavingType() {
        return leavingType;
    }

    public boolean isRegretted() {
        return regretted;
    }
}
