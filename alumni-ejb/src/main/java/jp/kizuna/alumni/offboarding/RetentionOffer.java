package jp.kizuna.alumni.offboarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import jp.kizuna.alumni.shared.BaseEntity;
import jp.kizuna.alumni.shared.BusinessException;

/**
 * What someone offered to keep the person (a raise, another team, remote work) and how it ended.
 * Logged even when declined: the analytics learn which offers work.
 */
@Entity
@Table(name = "retention_offer")
public class RetentionOffer extends BaseEntity {

    public enum Outcome {
        PENDING,
        ACCEPTED,
        DECLINED
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private OffboardingCase offboardingCase;

    @Column(name = "offered_on", nullable = false)
    private LocalDate offeredOn;

    @Column(name = "offered_by", nullable = false)
    private String offeredBy;

    @Column(nullable = false)
    private String offer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome = Outcome.PENDING;

    @Column(name = "outcome_reason")
    private String outcomeReason;

    protected RetentionOffer() {}

    RetentionOffer(OffboardingCase offboardingCase, LocalDate offeredOn, String offeredBy, String offer) {
        if (!offboardingCase.isOpen() || offboardingCase.getStatus() == CaseStatus.FOLLOW_UP) {
            throw new BusinessException("offboarding.retention.caseNotOpen");
        }
        if (offer == null || offer.isBlank()) {
            throw new BusinessException("offboarding.retention.offerRequired");
        }
        if (offer.length() > 2000) {
            throw new BusinessException("offboarding.text.tooLong", 2000);
        }
        this.offboardingCase = offboardingCase;
        this.offeredOn = offeredOn;
        this.offeredBy = offeredBy;
        this.offer = offer.strip();
    }

    void decide(Outcome decided, String reason) {
        if (outcome != Outcome.PENDING) {
            throw new BusinessException("offboarding.retention.alreadyDecided");
        }
        if (decided == null || decided == Outcome.PENDING) {
            throw new BusinessException("offboarding.retention.outcomeRequired");
        }
        if (reason != null && reason.length() > 2000) {
            throw new BusinessException("offboarding.text.tooLong", 2000);
        }
        this.outcome = decided;
        this.outcomeReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public OffboardingCase getOffboardingCase() {
        return offboardingCase;
    }

    public LocalDate getOfferedOn() {
        return offeredOn;
    }

    public String getOfferedBy() {
        return offeredBy;
    }

    public String getOffer() {
        return offer;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getOutcomeReason() {
        return outcomeReason;
    }
}
