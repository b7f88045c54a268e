package jp.kizuna.alumni.opportunity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.shared.BaseEntity;
import jp.kizuna.alumni.shared.BusinessException;

/** A candidate an alumnus referred, attributed to them, optionally for a given opening. */
@Entity
@Table(name = "referral")
public class Referral extends BaseEntity {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public enum Status {
        SUBMITTED,
        SCREENING,
        INTERVIEWING,
        HIRED,
        REJECTED;

        Set<Status> next() {
            return switch (this) {
                case SUBMITTED -> EnumSet.of(SCREENING, REJECTED);
                case SCREENING -> EnumSet.of(INTERVIEWING, REJECTED);
                case INTERVIEWING -> EnumSet.of(HIRED, REJECTED);
                case HIRED, REJECTED -> EnumSet.noneOf(Status.class);
            };
        }
    }

    /** Null once the referring alumnus's data was erased; the referral itself stays for the candidate. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "referrer_id")
    private AlumnusProfile referrer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "opportunity_id")
    private Opportunity opportunity;

    @Column(name = "candidate_name", nullable = false)
    private String candidateName;

    @Column(name = "candidate_email", nullable = false)
    private String candidateEmail;

    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.SUBMITTED;

    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    @Column(name = "status_changed_at", nullable = false)
    private LocalDateTime statusChangedAt;

    protected Referral() {}

    public Referral(
            AlumnusProfile referrer,
            Opportunity opportunity,
            String candidateName,
            String candidateEmail,
            String note,
            LocalDateTime submittedAt) {
        if (candidateName == null || candidateName.isBlank()) {
            throw new BusinessException("opportunity.referral.name-required");
        }
        if (candidateEmail == null || !EMAIL.matcher(candidateEmail.strip()).matches()) {
            throw new BusinessException(
                    "opportunity.referral.email-invalid", candidateEmail == null ? "" : candidateEmail);
        }
        this.referrer = referrer;
        this.opportunity = opportunity;
        this.candidateName = candidateName.strip();
        this.candidateEmail = candidateEmail.strip();
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.submittedAt = submittedAt;
        this.statusChangedAt = submittedAt;
    }

    public void moveTo(Status target, LocalDateTime now) {
        if (!status.next().contains(target)) {
            throw new BusinessException("opportunity.referral.status-invalid", status, target);
        }
        status = target;
        statusChangedAt = now;
    }

    public AlumnusProfile getReferrer() {
        return referrer;
    }

    public Opportunity getOpportunity() {
        return opportunity;
    }

    public String getCandidateName() {
        return candidateName;
    }

    public String getCandidateEmail() {
        return candidateEmail;
    }

    public String getNote() {
        return note;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public LocalDateTime getStatusChangedAt() {
        return statusChangedAt;
    }
}
