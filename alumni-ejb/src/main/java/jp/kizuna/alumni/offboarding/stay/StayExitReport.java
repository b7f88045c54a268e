package jp.kizuna.alumni.offboarding.stay;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.kizuna.alumni.shared.LocalizedText;

/**
 * Concerns heard in stay interviews next to the reasons people left for, over the same period, by reason
 * category: {@code stay} counts interviews by their main concern (NONE: nothing worried them), {@code exit}
 * counts leavers by their primary real reason ("-": not recorded). A null count is hidden (small group or
 * its complement); totals are null below the minimum. {@code withStayInterview} are the period's leavers
 * who had a stay interview in the year before their notice, {@code concernSeen} those of them whose exit
 * reason had been named as a concern there.
 */
public record StayExitReport(
        LocalDate from,
        LocalDate to,
        int minGroupSize,
        Long stayTotal,
        Long exitTotal,
        List<Row> rows,
        int hiddenStay,
        int hiddenExit,
        Long withStayInterview,
        Long concernSeen)
        implements Serializable {

    /** One reason category; percentages of the shown totals with one decimal, null when hidden. */
    public record Row(
            String key, String nameJa, String nameEn, Long stay, Long exit, Double stayPercent, Double exitPercent)
            implements Serializable {

        public String name(Locale locale) {
            return LocalizedText.in(locale, nameJa, nameEn);
        }
    }

    /** The share of leavers with a stay interview whose reason had been heard, or null when hidden. */
    public Double concernSeenPercent() {
        return withStayInterview == null || concernSeen == null || withStayInterview == 0
                ? null
                : Math.round(concernSeen * 1000.0 / withStayInterview) / 10.0;
    }
}
