package jp.kizuna.alumni.network;

import java.io.Serializable;
import java.util.Locale;
import jp.kizuna.alumni.shared.LocalizedText;

/** The network funnel of one cohort (a department or a year of invitation): each stage counts people. */
public record FunnelFigure(
        String key, String nameJa, String nameEn, long invited, long joined, long active, long interested, long hired)
        implements Serializable {

    public String name(Locale locale) {
        return LocalizedText.in(locale, nameJa, nameEn);
    }

    /** {@code part} of the invited in percent with one decimal. */
    public double percentOfInvited(long part) {
        return invited == 0 ? 0 : Math.round(part * 1000.0 / invited) / 10.0;
    }
}
