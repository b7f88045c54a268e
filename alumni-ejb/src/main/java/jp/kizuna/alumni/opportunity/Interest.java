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
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.shared.BaseEntity;
import jp.kizuna.alumni.shared.BusinessException;

/** An alumnus said "interested" in an opportunity; HR moves it through the pipeline. */
@Entity
@Table(name = "opportunity_interest")
public class Interest extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "opportunity_id")
    private Opportunity opportunity;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "profile_id")
    private AlumnusProfile alumnus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PipelineStage stage = PipelineStage.INTERESTED;

    @Column(name = "expressed_at", nullable = false)
    private LocalDateTime expressedAt;

    @Column(name = "stage_changed_at", nullable = false)
    private LocalDateTime stageChangedAt;

    private String note;

    protected Interest() {}

    public Interest(Opportunity opportunity, AlumnusProfile alumnus, LocalDateTime expressedAt) {
        this.opportunity = Objects.requireNonNull(opportunity);
        this.alumnus = Objects.requireNonNull(alumnus);
        this.expressedAt = expressedAt;
        this.stageChangedAt = expressedAt;
    }

    /**
     * Moves along the pipeline. An offer to rehire needs a positive rehire-eligibility decision
     * ({@code eligibility} may be null when there is none).
     */
    public void moveTo(PipelineStage target, String newNote, RehireEligibility eligibility, LocalDateTime now) {
        if (!stage.canMoveTo(target)) {
            throw new BusinessException("opportunity.stage.invalid", stage, target);
        }
        if (target == PipelineStage.OFFER
                && opportunity.getKind() == OpportunityKind.REHIRE
                && (eligibility == null || !eligibility.allowsRehire())) {
            throw new BusinessException("opportunity.offer.not-eligible");
        }
        stage = target;
        stageChangedAt = now;
        if (newNote != null && !newNote.isBlank()) {
            note = newNote.strip().length() > 2000 ? newNote.strip().substring(0, 2000) : newNote.strip();
        }
    }

    /** The alumnus takes their interest back before anything was agreed. */
    public void withdraw(LocalDateTime now) {
        if (stage.isFinal()) {
            throw new BusinessException("opportunity.stage.invalid", stage, PipelineStage.WITHDRAWN);
        }
        stage = PipelineStage.WITHDRAWN;
        stageChangedAt = now;
    }

    /** The member who took their interest back says it again: back at the start of the pipeline. */
    public void expressAgain(LocalDateTime now) {
        if (stage == PipelineStage.WITHDRAWN) {
            stage = PipelineStage.INTERESTED;
            expressedAt = now;
            stageChangedAt = now;
        }
    }

    public Opportunity getOpportunity() {
        return opportunity;
    }

    public AlumnusProfile getAlumnus() {
        return alumnus;
    }

    public PipelineStage getStage() {
        return stage;
    }

    public LocalDateTime getExpressedAt() {
        return expressedAt;
    }

    public LocalDateTime getStageChangedAt() {
        return stageChangedAt;
    }

    public String getNote() {
        return note;
    }
}
