package jp.kizuna.alumni.identity;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The form in which names (and other short texts people search for) are stored for prefix search
 * and in which search input is compared with them: NFKC (full-width letters and half-width kana
 * folded), lower case, hiragana as katakana (さとう finds サトウ), variant kanji of names as their
 * common form (髙橋 and 高橋, 山﨑 and 山崎, 渡邊 and 渡辺 find each other), single spaces. Stored next to the
 * original, so a search is a {@code LIKE 'key%'} on an ordinary index on both databases; the stored
 * names themselves keep the characters the person writes their name with.
 * <p>
 * Changing what a key folds changes the keys already stored: a migration then computes them again
 * (V50, V215).
 */
public final class SearchKey {

    /** Wide enough for a 100-character name after NFKC (a ligature may become several letters). */
    public static final int MAX_LENGTH = 200;

    /**
     * Variant (異体字) to common form, for the kanji that Japanese family and given names are most
     * often registered with in both forms. NFKC already folds the CJK compatibility ideographs that
     * have a canonical decomposition (神 U+FA19 ...); these are unified ideographs of their own, or
     * compatibility ones without a decomposition (﨑), so they are listed. Code points, since some
     * variants (𠮷) lie outside the Basic Multilingual Plane.
     */
    private static final Map<Integer, Integer> VARIANTS = variants(
            "髙高", "﨑崎", "嵜崎", "碕崎", "邊辺", "邉辺", "齋斎", "齊斎", "斉斎", "濵浜", "濱浜", "德徳", "櫻桜", "澤沢", "廣広", "國国", "榮栄", "惠恵",
            "眞真", "冨富", "寳宝", "寶宝", "瀨瀬", "彌弥", "龍竜", "關関", "淺浅", "實実", "嶋島", "嶌島", "峯峰", "槇槙", "舘館", "𠮷吉", "壽寿", "滿満",
            "藏蔵", "來来", "絲糸", "團団", "傳伝", "驛駅", "圓円", "檜桧", "籠篭", "淵渕", "曾曽", "萬万", "黑黒", "靜静", "禮礼", "靑青", "條条");

    private SearchKey() {}

    /** The key of {@code text}, or null when it has no searchable character. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = key.length() > 0;
                continue;
            }
            if (space) {
                key.append(' ');
                space = false;
            }
            // Hiragana ぁ..ゖ and ゝゞ sit exactly 0x60 below their katakana.
            if (c >= 0x3041 && c <= 0x3096 || c == 0x309D || c == 0x309E) {
                key.append((char) (c + 0x60));
            } else {
                key.appendCodePoint(VARIANTS.getOrDefault(c, c));
            }
        }
        if (key.length() == 0) {
            return null;
        }
        return key.length() <= MAX_LENGTH ? key.toString() : key.substring(0, MAX_LENGTH);
    }

    /**
     * One key for a list of short texts (a member's skills), each text's key between {@code |}, so a
     * {@link #containsPattern(String) contains pattern} finds a part of any of them: "jav" finds
     * "Java". Null when none has a key; at most {@code maxLength} characters, whole texts only.
     */
    public static String ofAll(Collection<String> texts, int maxLength) {
        StringBuilder all = new StringBuilder("|");
        for (String text : texts) {
            String key = of(text);
            if (key != null && all.length() + key.length() + 1 <= maxLength) {
                all.append(key).append('|');
            }
        }
        return all.length() == 1 ? null : all.toString();
    }

    /** A LIKE pattern matching keys that start with the key of {@code text} ({@code \} escapes). */
    public static String prefixPattern(String text) {
        String key = of(text);
        if (key == null) {
            return null;
        }
        return escaped(key) + "%";
    }

    /** A LIKE pattern matching keys that contain the key of {@code text} anywhere ({@code \\} escapes). */
    public static String containsPattern(String text) {
        String key = of(text);
        return key == null ? null : "%" + escaped(key) + "%";
    }

    private static String escaped(String key) {
        return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Map<Integer, Integer> variants(String... pairs) {
        Map<Integer, Integer> variants = new HashMap<>();
        for (String pair : pairs) {
            int variant = pair.codePointAt(0);
            int common = pair.codePointAt(Character.charCount(variant));
            if (variant != common) {
                variants.put(variant, common);
            }
        }
        return Map.copyOf(variants);
    }
}
