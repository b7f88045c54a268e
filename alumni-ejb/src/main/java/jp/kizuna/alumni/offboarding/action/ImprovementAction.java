package jp.kizuna.alumni.offboarding.action;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.offboarding.ReasonCategory;
import jp.kizuna.alumni.shared.BaseEntity;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.LocalizedText;

/**
 * An improvement HR commits to because of a pattern in the real leaving reasons: a reason category in
 * one department (or the whole company) over a period. It has an owner, a due date and a status; the day
 * it starts is the line the before/after comparison draws. Published actions are shown to employees
 * without any individual data.
 */
@Entity
@Table(name = "improvement_action")
public class ImprovementAction extends BaseEntity {

    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reason_category_id")
    private ReasonCategory reason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @Column(name = "pattern_from", nullable = false)
    private LocalDate patternFrom;

    @Column(name = "pattern_to", nullable = false)
    private LocalDate patternTo;

    @Embedded
    @AttributeOverride(name = "ja", column = @Column(name = "title_ja", nullable = false))
    @AttributeOverride(name = "en", column = @Column(name = "title_en", nullable = false))
    private LocalizedText title;

    @Embedded
    @AttributeOverride(name = "ja", column = @Column(name = "description_ja"))
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    private LocalizedText description;

    @Column(name = "owner_name", nullable = false)
    private String owner;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionStatus status = ActionStatus.PLANNED;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected ImprovementAction() {}

    public ImprovementAction(
            ReasonCategory reason,
            Department department,
            ActionDraft draft,
            LocalDateTime createdAt,
            String createdBy) {
        this.reason = Objects.requireNonNull(reason, "reason");
        this.department = department;
        if (draft.patternFrom() == null
                || draft.patternTo() == null
                || draft.patternTo().isBefore(draft.patternFrom())) {
            throw new BusinessException("offboarding.analytics.periodInvalid");
        }
        this.patternFrom = draft.patternFrom();
        this.patternTo = draft.patternTo();
        this.title = LocalizedText.both(required(draft.titleJa(), TITLE_MAX), required(draft.titleEn(), TITLE_MAX));
        this.description = new LocalizedText(
                optional(draft.descriptionJa(), DESCRIPTION_MAX), optional(draft.descriptionEn(), DESCRIPTION_MAX));
        this.owner = required(draft.owner(), TITLE_MAX);
        if (draft.dueDate() == null) {
            throw new BusinessException("offboarding.action.dueDateRequired");
        }
        this.dueDate = draft.dueDate();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Moves the action on; the first move to IN_PROGRESS (or straight to DONE) is the day it started. */
    public void moveTo(ActionStatus target, LocalDate today) {
        if (status.isFinal()) {
            throw new BusinessException("offboarding.action.closed", status);
        }
        if (target == null) {
            throw new BusinessException("offboarding.action.statusRequired");
        }
        if ((target == ActionStatus.IN_PROGRESS || target == ActionStatus.DONE) && startedOn == null) {
            startedOn = today;
        }
        if (target == ActionStatus.DONE) {
            completedOn = today;
        }
        status = target;
    }

    public void publish(boolean shown) {
        this.published = shown;
    }

    /** The day the before/after comparison is drawn at: the start, or the creation while it is planned. */
    public LocalDate effectiveFrom() {
        return startedOn != null ? startedOn : createdAt.toLocalDate();
    }

    public String title(Locale locale) {
        return title.in(locale);
    }

    public String description(Locale locale) {
        return description == null ? null : description.in(locale);
    }

    private static String required(String text, int max) {
        String value = optional(text, max);
        if (value == null) {
            throw new BusinessException("offboarding.action.textRequired");
        }
        return value;
    }

    private static String optional(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.codePointCount(0, value.length()) > max) {
            throw new BusinessException("offboarding.text.tooLong", max);
        }
        return value;
    }

    public ReasonCategory getReason() {
        return reason;
    }

    public Department getDepartment() {
        return department;
    }

    public LocalDate getPatternFrom() {
        return patternFrom;
    }

    public LocalDate getPatternTo() {
        return patternTo;
    }

    public String getTitleJa() {
        return title.ja();
    }

    public String getTitleEn() {
        return title.en();
    }

    public String getDescriptionJa() {
        return description == null ? null : description.ja();
    }

    public String getDescriptionEn() {
        return description == null ? null : description.en();
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public boolean isPublished() {
        return published;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
