package jp.kizuna.alumni.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Locale;
import jp.kizuna.alumni.shared.BaseEntity;

/** The relay refused mail to this person's address for good: they do not hear from us there. */
@Entity
@Table(name = "mail_refusal")
public class MailRefusal extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee person;

    @Column(nullable = false)
    private String address;

    /** The relay's answer, e.g. "550 5.1.1 User unknown". */
    @Column(name = "smtp_reply", nullable = false)
    private String smtpReply;

    @Column(name = "first_refused_at", nullable = false)
    private LocalDateTime firstRefusedAt;

    @Column(name = "last_refused_at", nullable = false)
    private LocalDateTime lastRefusedAt;

    @Column(nullable = false)
    private int refusals;

    protected MailRefusal() {}

    public MailRefusal(Employee person, String address, String smtpReply, LocalDateTime now) {
        this.person = person;
        this.address = normalised(address);
        this.smtpReply = reply(smtpReply);
        this.firstRefusedAt = now;
        this.lastRefusedAt = now;
        this.refusals = 1;
    }

    public void refusedAgain(String reply, LocalDateTime now) {
        smtpReply = reply(reply);
        lastRefusedAt = now;
        refusals++;
    }

    /** Whether the person still has the refused address (as their personal or work address). */
    public boolean isCurrent() {
        return address.equals(normalised(person.getPersonalEmail()))
                || address.equals(normalised(person.getWorkEmail()));
    }

    public static String normalised(String address) {
        return address == null ? null : address.strip().toLowerCase(Locale.ROOT);
    }

    private static String reply(String reply) {
        String text = reply == null ? "" : reply.strip();
        return text.length() > 300 ? text.substring(0, 300) : text;
    }

    public Employee getPerson() {
        return person;
    }

    public String getAddress() {
        return address;
    }

    public String getSmtpReply() {
        return smtpReply;
    }

    public LocalDateTime getFirstRefusedAt() {
        return firstRefusedAt;
    }

    public LocalDateTime getLastRefusedAt() {
        return lastRefusedAt;
    }

    public int getRefusals() {
        return refusals;
    }
}
