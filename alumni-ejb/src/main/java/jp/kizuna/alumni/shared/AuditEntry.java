package jp.kizuna.alumni.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of the audit trail: who did what to which record, when. Never updated. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {

    public enum Action {
        READ_CONFIDENTIAL,
        CREATE,
        UPDATE,
        DELETE,
        ERASE,
        EXPORT,
        CONSENT_GIVEN,
        CONSENT_WITHDRAWN,
        LOGIN
    }

    @Id
    @SequenceGenerator(name = "audit_id", sequenceName = "alumni_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_id")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Action action;

    @Column(name = "subject_type", nullable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private String subjectId;

    private String detail;

    protected AuditEntry() {}

    AuditEntry(
            LocalDateTime occurredAt,
            String actor,
            Action action,
            String subjectType,
            String subjectId,
            String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public Action getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getDetail() {
        return detail;
    }
}
