package jp.kizuna.alumni.network;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What the network brought back in a period, for an executive: hires through it and the agency fees they
 * saved, and the funnel of the alumni invited in the period. A null count is below the minimum group size
 * (and so is anything computed from it); departments follow Disclosure on their invited alumni.
 */
public record ReturnsReport(
        LocalDate from,
        LocalDate to,
        int minGroupSize,
        long costPerAgencyHire,
        Long rehires,
        Long referralHires,
        Long engagements,
        Double rehireDays,
        Double referralDays,
        Long yenSaved,
        FunnelFigure overall,
        List<FunnelFigure> byDepartment,
        int hiddenDepartments,
        List<FunnelFigure> byYear,
        int hiddenYears)
        implements Serializable {}
