package jp.kizuna.alumni.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.shared.BaseEntity;

/**
 * One consent a person gave for one purpose, with the text version and language they read and
 * when. Withdrawal closes it; it is never reopened, so the history proves what was allowed when.
 */
@Entity
@Table(name = "consent_record")
public class ConsentRecord extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsentPurpose purpose;

    @Column(name = "text_version", nullable = false)
    private String textVersion;

    @Column(nullable = false)
    private String language;

    @Column(name = "given_at", nullable = false)
    private LocalDateTime givenAt;

    @Column(name = "withdrawn_at")
    private LocalDateTime withdrawnAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected ConsentRecord() {}

    public ConsentRecord(
            Employee person,
            ConsentPurpose purpose,
            String textVersion,
            String language,
            LocalDateTime givenAt,
            String recordedBy) {
        this.person = Objects.requireNonNull(person, "person");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.textVersion = Objects.requireNonNull(textVersion, "textVersion");
        this.language = Objects.requireNonNull(language, "language");
        this.givenAt = Objects.requireNonNull(givenAt, "givenAt");
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    }

    public void withdraw(LocalDateTime when) {
        if (withdrawnAt != null) {
            throw new IllegalStateException("Consent " + getId() + " is already withdrawn");
        }
        if (when.isBefore(givenAt)) {
            throw new IllegalArgumentException("Withdrawal before the consent was given");
        }
        this.withdrawnAt = when;
    }

    public boolean isInForce() {
        return withdrawnAt == null;
    }

    public Employee getPerson() {
        return person;
    }

    public ConsentPurpose getPurpose() {
        return purpose;
    }

    public String getTextVersion() {
        return textVersion;
    }

    public String getLanguage() {
        return language;
    }

    public LocalDateTime getGivenAt() {
        return givenAt;
    }

    public LocalDateTime getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
