package jp.kizuna.alumni.offboarding.analytics;

import java.io.Serializable;
import java.util.Locale;
import jp.kizuna.alumni.shared.LocalizedText;

/**
 * One shown group (a department, a month or a reason) and its figures. {@code count} is the
 * group's size; {@code part} what is counted inside it (retained, controllable); {@code average}
 * a mean score where it applies.
 */
public record GroupFigure(String key, String nameJa, String nameEn, long count, long part, Double average)
        implements Serializable {

    public String name(Locale locale) {
        return LocalizedText.in(locale, nameJa, nameEn);
    }

    /** {@code part / count} as a percentage with one decimal. */
    public double partPercent() {
        return count == 0 ? 0 : Math.round(part * 1000.0 / count) / 10.0;
    }
}
