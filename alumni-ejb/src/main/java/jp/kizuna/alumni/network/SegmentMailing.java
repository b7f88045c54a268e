package jp.kizuna.alumni.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import jp.kizuna.alumni.shared.BaseEntity;

/**
 * A mail HR sent to a segment of alumni; recipients were those whose consent for the purpose was in force
 * and whose mail went out; undelivered those whose mail could not be sent.
 */
@Entity
@Table(name = "segment_mailing")
public class SegmentMailing extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsentPurpose purpose;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @Column(name = "subject")
    private String subjectJa;

    @Column(name = "body")
    private String bodyJa;

    @Column(name = "subject_en")
    private String subjectEn;

    @Column(name = "body_en")
    private String bodyEn;

    @Column(name = "sent_at", nullable = false)
    private LocalDateTime sentAt;

    @Column(name = "sent_by", nullable = false)
    private String sentBy;

    @Column(nullable = false)
    private int recipients;

    /** Members the mail was meant for whose mail could not be sent. */
    @Column(nullable = false)
    private int undelivered;

    protected SegmentMailing() {}

    public SegmentMailing(
            ConsentPurpose purpose,
            Department department,
            BilingualText text,
            LocalDateTime sentAt,
            String sentBy,
            int recipients,
            int undelivered) {
        this.purpose = purpose;
        this.department = department;
        this.subjectJa = text.titleJa();
        this.bodyJa = text.bodyJa();
        this.subjectEn = text.titleEn();
        this.bodyEn = text.bodyEn();
        this.sentAt = sentAt;
        this.sentBy = sentBy;
        this.recipients = recipients;
        this.undelivered = undelivered;
    }

    public ConsentPurpose getPurpose() {
        return purpose;
    }

    public Department getDepartment() {
        return department;
    }

    public BilingualText text() {
        return new BilingualText(subjectJa, bodyJa, subjectEn, bodyEn);
    }

    public String subject(java.util.Locale locale) {
        return text().title(locale);
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }

    public String getSentBy() {
        return sentBy;
    }

    public int getRecipients() {
        return recipients;
    }

    public int getUndelivered() {
        return undelivered;
    }
}
