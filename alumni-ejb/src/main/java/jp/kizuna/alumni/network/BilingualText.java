package jp.kizuna.alumni.network;

import java.util.Locale;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.LocalizedText;

/**
 * A headline and text HR writes in Japanese, English or both. A reader gets their own language,
 * and the other one when only that was written: an English-speaking alumnus is never shown an
 * empty post.
 */
public record BilingualText(String titleJa, String bodyJa, String titleEn, String bodyEn) {

    public BilingualText {
        titleJa = clean(titleJa);
        bodyJa = clean(bodyJa);
        titleEn = clean(titleEn);
        bodyEn = clean(bodyEn);
        boolean japanese = titleJa != null && bodyJa != null;
        boolean english = titleEn != null && bodyEn != null;
        if (!japanese && !english || (titleJa == null) != (bodyJa == null) || (titleEn == null) != (bodyEn == null)) {
            throw new BusinessException("network.text.incomplete");
        }
        if (length(titleJa) > 200 || length(titleEn) > 200 || length(bodyJa) > 4000 || length(bodyEn) > 4000) {
            throw new BusinessException("network.profile.too-long", 4000);
        }
    }

    public static BilingualText japaneseOnly(String title, String body) {
        return new BilingualText(title, body, null, null);
    }

    public String title(Locale locale) {
        return english(locale) ? titleEn : titleJa;
    }

    public String body(Locale locale) {
        return english(locale) ? bodyEn : bodyJa;
    }

    public boolean inBothLanguages() {
        return titleJa != null && titleEn != null;
    }

    /** Whether the reader gets the English version: English readers when it exists, everyone when it is the only one. */
    private boolean english(Locale locale) {
        return titleJa == null || titleEn != null && !LocalizedText.japanese(locale);
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }
}
