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
import java.util.Objects;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.shared.BaseEntity;
import jp.kizuna.alumni.shared.BusinessException;

/**
 * HR's decision whether a former employee may be rehired, with reasons, linked to the person and
 * to the offboarding case of their exit. A new decision supersedes the old; none is changed.
 */
@Entity
@Table(name = "rehire_eligibility")
public class RehireEligibility extends BaseEntity {

    public enum Decision {
        ELIGIBLE,
        CONDITIONAL,
        NOT_ELIGIBLE
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee person;

    @Column(name = "exit_case_id")
    private Long exitCaseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Decision decision;

    @Column(nullable = false)
    private String reasons;

    @Column(name = "decided_at", nullable = false)
    private LocalDateTime decidedAt;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    protected RehireEligibility() {}

    public RehireEligibility(
            Employee person,
            Long exitCaseId,
            Decision decision,
            String reasons,
            LocalDateTime decidedAt,
            String decidedBy) {
        if (reasons == null || reasons.isBlank()) {
            throw new BusinessException("opportunity.eligibility.reasons-required");
        }
        this.person = Objects.requireNonNull(person);
        this.exitCaseId = exitCaseId;
        this.decision = Objects.requireNonNull(decision);
        this.reasons = reasons.strip().length() > 2000 ? reasons.strip().substring(0, 2000) : reasons.strip();
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
    }

    public boolean allowsRehire() {
        return decision != Decision.NOT_ELIGIBLE;
    }

    public Employee getPerson() {
        return person;
    }

    public Long getExitCaseId() {
        return exitCaseId;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getReasons() {
        return reasons;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}
