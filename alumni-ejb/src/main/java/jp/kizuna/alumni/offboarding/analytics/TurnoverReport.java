package jp.kizuna.alumni.offboarding.analytics;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Turnover over a period, cut by month, quarter or year ({@code period}) and by department, tenure
 * band, job title and job grade (等級, HR contract revision 1.1) over the whole period, with the leavers by how they left ({@code byLeavingType}:
 * count the leavers, part the regretted ones). {@code scope} says whose employees are counted: ALL for
 * HR, OWN for a manager's organisation (everyone below them in the line). Groups follow
 * {@link Disclosure} on their leavers; {@code overall} is null when its leavers are below the minimum.
 */
public record TurnoverReport(
        LocalDate from,
        LocalDate to,
        Period period,
        int minGroupSize,
        String scope,
        TurnoverFigure overall,
        List<TurnoverFigure> byPeriod,
        int hiddenPeriods,
        List<TurnoverFigure> byDepartment,
        int hiddenDepartments,
        List<TurnoverFigure> byTenure,
        int hiddenTenures,
        List<TurnoverFigure> byJobTitle,
        int hiddenJobTitles,
        List<GroupFigure> byLeavingType,
        int hiddenLeavingTypes,
        List<TurnoverFigure> byJobGrade,
        int hiddenJobGrades)
        implements Serializable {}
