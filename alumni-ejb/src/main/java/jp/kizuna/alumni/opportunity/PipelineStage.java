package jp.kizuna.alumni.opportunity;

import java.util.EnumSet;
import java.util.Set;

/** HR's pipeline behind an expression of interest: interested, talking, offer, then hired or declined. */
public enum PipelineStage {
    INTERESTED,
    TALKING,
    OFFER,
    HIRED,
    DECLINED,
    /** The member took their interest back (not a stage HR moves to). */
    WITHDRAWN;

    public Set<PipelineStage> next() {
        return switch (this) {
            case INTERESTED -> EnumSet.of(TALKING, DECLINED);
            case TALKING -> EnumSet.of(OFFER, DECLINED);
            case OFFER -> EnumSet.of(HIRED, DECLINED);
            case HIRED, DECLINED, WITHDRAWN -> EnumSet.noneOf(PipelineStage.class);
        };
    }

    public boolean canMoveTo(PipelineStage target) {
        return next().contains(target);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}
