package jp.kizuna.alumni.offboarding;

import java.time.LocalDate;

/**
 * What the case list is narrowed by; null fields do not narrow. {@code text} matches employee
 * number, names and kana readings.
 */
public record CaseFilter(
        String text,
        CaseStatus status,
        String departmentCode,
        LocalDate lastDayFrom,
        LocalDate lastDayTo,
        boolean openOnly) {

    public static CaseFilter all() {
        return new CaseFilter(null, null, null, null, null, false);
    }
}
