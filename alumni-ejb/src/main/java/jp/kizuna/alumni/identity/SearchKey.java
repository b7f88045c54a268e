package jp.kizuna.alumni.identity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form in which names (and other short texts people search for) are stored for prefix search
 * and in which search input is compared with them: NFKC (full-width letters and half-width kana
 * folded), lower case, hiragana as katakana (さとう finds サトウ), single spaces. Stored next to the
 * original, so a search is a {@code LIKE 'key%'} on an ordinary index on both databases.
 */
public final class SearchKey {

    /** Wide enough for a 100-character name after NFKC (a ligature may become several letters). */
    public static final int MAX_LENGTH = 200;

    private SearchKey() {
    }

    /** The key of {@code text}, or null when it has no searchable character. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = key.length() > 0;
                continue;
            }
            if (space) {
                key.append(' ');
                space = false;
            }
            // Hiragana ぁ..ゖ and ゝゞ sit exactly 0x60 below their katakana.
            key.append(c >= '\u3041' && c <= '\u3096' || c == '\u309D' || c == '\u309E' ? (char) (c + 0x60) : c);
        }
        if (key.length() == 0) {
            return null;
        }
        return key.length() <= MAX_LENGTH ? key.toString() : key.substring(0, MAX_LENGTH);
    }

    /** A LIKE pattern matching keys that start with the key of {@code text} ({@code \} escapes). */
    public static String prefixPattern(String text) {
        String key = of(text);
        if (key == null) {
            return null;
        }
        return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
