package jp.kizuna.alumni.offboarding.analytics;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * How often the stated reason of a departure (often 「一身上の都合」) differs from the real primary
 * reason HR recorded, and which real reasons hide behind each stated reason. In every figure
 * {@code count} is the departures with a recorded real reason and {@code part} those whose stated
 * reason says something else. Hidden groups follow {@link Disclosure}; {@code overall} is null when
 * it is below the minimum.
 */
public record ReasonGapReport(
        LocalDate from,
        LocalDate to,
        Period period,
        int minGroupSize,
        GroupFigure overall,
        List<GroupFigure> byDepartment,
        int hiddenDepartments,
        List<GroupFigure> byPeriod,
        int hiddenPeriods,
        List<StatedReason> statedReasons,
        int hiddenStatedReasons)
        implements Serializable {

    /** One stated reason (its departures in {@code stated}) and the real reasons behind it that may be shown. */
    public record StatedReason(GroupFigure stated, List<GroupFigure> realReasons, int hiddenRealReasons)
            implements Serializable {}
}
