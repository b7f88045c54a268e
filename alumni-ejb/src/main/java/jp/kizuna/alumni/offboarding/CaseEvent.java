package jp.kizuna.alumni.offboarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import jp.kizuna.alumni.shared.BaseEntity;

/**
 * One line of a case's timeline. The detail is never confidential (no interview notes), so the
 * timeline can be shown to everyone who may see the case.
 */
@Entity
@Table(name = "offboarding_case_event")
public class CaseEvent extends BaseEntity {

    public enum Kind {
        OPENED,
        STATUS_CHANGED,
        LAST_DAY_CHANGED,
        REASONS_RECORDED,
        INTERVIEW_SCHEDULED,
        INTERVIEW_RECORDED,
        RETENTION_OFFERED,
        RETENTION_DECIDED,
        CHECKLIST_CREATED,
        CHECKLIST_ITEM_DONE,
        SURVEY_ISSUED,
        SURVEY_MAILED,
        SURVEY_COMPLETED
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private OffboardingCase offboardingCase;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    private String detail;

    protected CaseEvent() {}

    CaseEvent(OffboardingCase offboardingCase, LocalDateTime occurredAt, String actor, Kind kind, String detail) {
        this.offboardingCase = offboardingCase;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.kind = kind;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public Kind getKind() {
        return kind;
    }

    public String getDetail() {
        return detail;
    }
}
