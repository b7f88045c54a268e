package jp.kizuna.alumni.offboarding.analytics;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The HR dashboard for one period. Groups below {@code minGroupSize} are absent; the hidden
 * counters say how many groups were left out (never how many people), and no totals are given
 * that would let someone work a hidden group out by subtraction.
 */
public record AnalyticsReport(
        LocalDate from,
        LocalDate to,
        int minGroupSize,
        List<GroupFigure> departuresByDepartment,
        int hiddenDepartments,
        List<GroupFigure> departuresByMonth,
        int hiddenMonths,
        List<GroupFigure> reasons,
        int hiddenReasons,
        List<GroupFigure> retentionByDepartment,
        GroupFigure retentionOverall,
        List<GroupFigure> experienceByDepartment,
        GroupFigure experienceOverall)
        implements Serializable {}
