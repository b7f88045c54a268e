package jp.kizuna.alumni.offboarding.analytics;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The leaving experience as the exit survey measured it: in each figure {@code count} is the answers,
 * {@code part} those who would come back and {@code average} the mean offboarding score (1..5).
 * {@code scope} says whose leavers are counted (ALL for HR, OWN for a manager's own reports).
 * Hidden groups follow {@link Disclosure}; {@code overall} is null below the minimum.
 */
public record ExperienceReport(
        LocalDate from,
        LocalDate to,
        int minGroupSize,
        String scope,
        GroupFigure overall,
        List<GroupFigure> byDepartment,
        int hiddenDepartments,
        List<GroupFigure> byManager,
        int hiddenManagers,
        List<GroupFigure> byMonth,
        int hiddenMonths)
        implements Serializable {}
