package jp.kizuna.alumni.offboarding.analytics;

import java.io.Serializable;
import java.util.Locale;
import jp.kizuna.alumni.shared.LocalizedText;

/**
 * Turnover of one shown group (a month or year, a department, a tenure band, a job title): employees on
 * the first and on the last day of the period, hires and leavers in it, and of the leavers those who
 * left of their own accord (自己都合) and those whose loss HR regrets.
 */
public record TurnoverFigure(
        String key,
        String nameJa,
        String nameEn,
        long headcountStart,
        long headcountEnd,
        long hires,
        long leavers,
        long voluntary,
        long regretted)
        implements Serializable {

    public String name(Locale locale) {
        return LocalizedText.in(locale, nameJa, nameEn);
    }

    /** The mean of the opening and closing headcount, the denominator of the rate. */
    public double averageHeadcount() {
        return (headcountStart + headcountEnd) / 2.0;
    }

    /** Leavers per average headcount in percent with one decimal, or null when nobody was employed. */
    public Double rate() {
        return averageHeadcount() == 0 ? null : Math.round(leavers * 1000.0 / averageHeadcount()) / 10.0;
    }

    /** Leavers who did not leave of their own accord (company, retirement, contract end, other or unrecorded). */
    public long otherLeavers() {
        return leavers - voluntary;
    }

    /** Voluntary leavers as a percentage of leavers with one decimal. */
    public double voluntaryPercent() {
        return leavers == 0 ? 0 : Math.round(voluntary * 1000.0 / leavers) / 10.0;
    }
}
