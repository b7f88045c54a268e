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

/** A mail HR sent to a segment of alumni; recipients were those whose consent for the purpose was in force. */
@Entity
@Table(name = "segment_mailing")
public class SegmentMailing extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsentPurpose purpose;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Column(name = "sent_at", nullable = false)
    private LocalDateTime sentAt;

    @Column(name = "sent_by", nullable = false)
    private String sentBy;

    @Column(nullable = false)
    private int recipients;

    protected SegmentMailing() {
    }

    public SegmentMailing(ConsentPurpose purpose, Department department, String subject, String body,
                          LocalDateTime sentAt, String sentBy, int recipients) {
        this.purpose = purpose;
        this.department = department;
        this.subject = subject;
        this.body = body;
        this.sentAt = sentAt;
        this.sentBy = sentBy;
        this.recipients = recipients;
    }

    public ConsentPurpose getPurpose() { return purpose; }
    public Department getDepartment() { return department; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public LocalDateTime getSentAt() { return sentAt; }
    public String getSentBy() { return sentBy; }
    public int getRecipients() { return recipients; }
}
