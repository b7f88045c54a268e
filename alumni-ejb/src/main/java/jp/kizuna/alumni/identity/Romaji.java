package jp.kizuna.alumni.identity;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names in Latin letters as people type them: the modified Hepburn reading of a name's kana, and the
 * key under which a reading and a search are compared, so that "yamada", "YAMADA", "Satō", "Satou",
 * "Satoh" and "Sato" all find サトウ, and "shinichi", "sinichi" and "shin'ichi" all find シンイチ.
 * <p>
 * The key folds the spellings in which Japanese names are written in Latin letters to one: Hepburn
 * and Kunrei (shi/si, chi/ti, tsu/tu, fu/hu, ji/zi, sha/sya, cha/tya, ja/zya), long vowels (ō, ô, ou,
 * oo, oh before a consonant, and any doubled vowel as one), ん written n, n', nn or m (before b, m, p),
 * and を as o. Some different names fold together (Ida and Iida): a directory search would rather
 * show one more name than miss the one wanted.
 * <p>
 * Hand-made rather than ICU4J's Katakana-Latin transliterator: ICU's output is not the Hepburn that
 * passports and business cards use, the folding of spellings would be needed on top anyway, and the
 * library would add 14 MB to the EAR for two tables. Names are shown in Latin letters by
 * {@link jp.kizuna.alumni.shared.PassportRomaji} (long vowels unwritten, as on a passport); these keys only compare.
 */
public final class Romaji {

    /** Kana of two letters (a kana and a small ya/yu/yo or vowel) first, then single kana. */
    private static final Map<String, String> KANA = kana();

    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");

    /** Rewrites applied in order, each on the result of the one before. */
    private static final List<Rewrite> FOLDS = List.of(
            new Rewrite("cch", "tch"),
            new Rewrite("jy", "j"),
            new Rewrite("sh(?=i)", "s"),
            new Rewrite("sh", "sy"),
            new Rewrite("ch(?=i)", "t"),
            new Rewrite("ch", "ty"),
            new Rewrite("ts(?=u)", "t"),
            new Rewrite("j(?=i)", "z"),
            new Rewrite("j", "zy"),
            new Rewrite("d(?=[iu])", "z"),
            new Rewrite("dy", "zy"),
            new Rewrite("fu", "hu"),
            new Rewrite("wo", "o"),
            new Rewrite("m(?=[bmp])", "n"),
            new Rewrite("nn(?![aiueoy])", "n"),
            new Rewrite("oh(?![aiueo])", "o"),
            new Rewrite("ou", "o"),
            new Rewrite("([aiueo])\\1+", "$1"));

    private record Rewrite(Pattern pattern, String replacement) {
        Rewrite(String regex, String replacement) {
            this(Pattern.compile(regex), replacement);
        }

        String apply(String text) {
            return pattern.matcher(text).replaceAll(replacement);
        }
    }

    private Romaji() {}

    /**
     * The modified Hepburn reading of {@code kana} (hiragana or katakana, full or half width) in lower
     * case, long vowels as the kana spell them (サトウ: "satou"), ん as n, っ as a doubled consonant
     * (tch before ch); spaces kept as one. Null when the text is empty or holds anything but kana,
     * long-vowel marks and spaces (a name whose reading is unknown has no reading).
     */
    public static String hepburn(String kana) {
        if (kana == null) {
            return null;
        }
        String text = Normalizer.normalize(kana, Normalizer.Form.NFKC).strip();
        StringBuilder latin = new StringBuilder(text.length() * 3);
        boolean doubleNext = false;
        int i = 0;
        while (i < text.length()) {
            char c = katakana(text.charAt(i));
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '・') {
                if (latin.length() > 0 && latin.charAt(latin.length() - 1) != ' ') {
                    latin.append(' ');
                }
                i++;
                continue;
            }
            if (c == 'ッ') {
                doubleNext = true;
                i++;
                continue;
            }
            if (c == 'ー') {
                char vowel = lastVowel(latin);
                if (vowel == 0) {
                    return null;
                }
                latin.append(vowel);
                i++;
                continue;
            }
            String syllable = null;
            if (i + 1 < text.length()) {
                syllable = KANA.get("" + c + katakana(text.charAt(i + 1)));
            }
            int length = 2;
            if (syllable == null) {
                syllable = KANA.get(String.valueOf(c));
                length = 1;
            }
            if (syllable == null) {
                return null;
            }
            if (doubleNext) {
                latin.append(syllable.startsWith("ch") ? 't' : syllable.charAt(0));
                doubleNext = false;
            }
            // ん before a vowel or y is written n' so that シンイチ is not read シニチ.
            if (latin.length() > 0
                    && latin.charAt(latin.length() - 1) == 'n'
                    && lastKanaWasN(text, i)
                    && "aiueoy".indexOf(syllable.charAt(0)) >= 0) {
                latin.append('\'');
            }
            latin.append(syllable);
            i += length;
        }
        String reading = latin.toString().strip();
        return reading.isEmpty() ? null : reading;
    }

    /**
     * The key of a name or a search in Latin letters: see the class. Letters only (spaces,
     * apostrophes and hyphens dropped, so "yamada taro" is one word), or null when {@code text} holds
     * anything but Latin letters (with or without accents), spaces, apostrophes and hyphens, or nothing.
     */
    public static String key(String text) {
        if (text == null) {
            return null;
        }
        String folded = Normalizer.normalize(Normalizer.normalize(text, Normalizer.Form.NFKC), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s'’\\-‐.]", "");
        if (folded.isEmpty() || NOT_LETTER.matcher(folded).find()) {
            return null;
        }
        for (Rewrite rewrite : FOLDS) {
            folded = rewrite.apply(folded);
        }
        return folded.length() <= SearchKey.MAX_LENGTH ? folded : folded.substring(0, SearchKey.MAX_LENGTH);
    }

    /** The key of the reading of {@code kana}, or null when it has no reading. */
    public static String keyOfKana(String kana) {
        return key(hepburn(kana));
    }

    /**
     * The key of a person's whole name in the order given, each part read from its kana or, where it
     * has none, from the name itself when that is written in kana: {@code nameKey("山田", "ヤマダ",
     * "太郎", "タロウ")} is the key of "yamada tarou", which "yamada", "yamada taro" and "YAMADA Tarō" start.
     * Null when neither part has a reading.
     */
    public static String nameKey(String first, String firstKana, String second, String secondKana) {
        String one = reading(first, firstKana);
        String two = reading(second, secondKana);
        return key(one == null ? two : two == null ? one : one + " " + two);
    }

    private static String reading(String name, String kana) {
        String reading = hepburn(kana);
        return reading != null ? reading : hepburn(name);
    }

    /** A LIKE pattern for keys that start with the key of {@code text}, or null when it is not romaji. */
    public static String prefixPattern(String text) {
        String key = key(text);
        return key == null ? null : key + "%"; // letters only: nothing to escape
    }

    private static boolean lastKanaWasN(String text, int i) {
        int j = i - 1;
        return j >= 0 && katakana(text.charAt(j)) == 'ン';
    }

    private static char lastVowel(StringBuilder latin) {
        for (int i = latin.length() - 1; i >= 0; i--) {
            char c = latin.charAt(i);
            if ("aiueo".indexOf(c) >= 0) {
                return c;
            }
            if (c == ' ') {
                return 0;
            }
        }
        return 0;
    }

    private static char katakana(char c) {
        return c >= '\u3041' && c <= '\u3096' ? (char) (c + 0x60) : c;
    }

    private static Map<String, String> kana() {
        String[] singles = {
            "ア a", "イ i", "ウ u", "エ e", "オ o", "ァ a", "ィ i", "ゥ u", "ェ e", "ォ o", "カ ka", "キ ki", "ク ku", "ケ ke",
            "コ ko", "ガ ga", "ギ gi", "グ gu", "ゲ ge", "ゴ go", "サ sa", "シ shi", "ス su", "セ se", "ソ so", "ザ za", "ジ ji",
            "ズ zu", "ゼ ze", "ゾ zo", "タ ta", "チ chi", "ツ tsu", "テ te", "ト to", "ダ da", "ヂ ji", "ヅ zu", "デ de", "ド do",
            "ナ na", "ニ ni", "ヌ nu", "ネ ne", "ノ no", "ハ ha", "ヒ hi", "フ fu", "ヘ he", "ホ ho", "バ ba", "ビ bi", "ブ bu",
            "ベ be", "ボ bo", "パ pa", "ピ pi", "プ pu", "ペ pe", "ポ po", "マ ma", "ミ mi", "ム mu", "メ me", "モ mo", "ヤ ya",
            "ユ yu", "ヨ yo", "ャ ya", "ュ yu", "ョ yo", "ラ ra", "リ ri", "ル ru", "レ re", "ロ ro", "ワ wa", "ヰ i", "ヱ e", "ヲ o",
            "ン n", "ヴ vu", "ヵ ka", "ヶ ke", "ヮ wa"
        };
        String[] pairs = {
            "キャ kya", "キュ kyu", "キョ kyo", "ギャ gya", "ギュ gyu", "ギョ gyo", "シャ sha", "シュ shu", "ショ sho", "シェ she", "ジャ ja",
            "ジュ ju", "ジョ jo", "ジェ je", "チャ cha", "チュ chu", "チョ cho", "チェ che", "ヂャ ja", "ヂュ ju", "ヂョ jo", "ニャ nya",
            "ニュ nyu", "ニョ nyo", "ヒャ hya", "ヒュ hyu", "ヒョ hyo", "ビャ bya", "ビュ byu", "ビョ byo", "ピャ pya", "ピュ pyu",
            "ピョ pyo", "ミャ mya", "ミュ myu", "ミョ myo", "リャ rya", "リュ ryu", "リョ ryo", "ファ fa", "フィ fi", "フェ fe", "フォ fo",
            "ティ ti", "ディ di", "トゥ tu", "ドゥ du", "ウィ wi", "ウェ we", "ウォ wo", "ヴァ va", "ヴィ vi", "ヴェ ve", "ヴォ vo", "ツァ tsa"
        };
        java.util.HashMap<String, String> table = new java.util.HashMap<>();
        for (String entry : singles) {
            table.put(entry.substring(0, 1), entry.substring(2));
        }
        for (String entry : pairs) {
            table.put(entry.substring(0, 2), entry.substring(3));
        }
        return Map.copyOf(table);
    }
}
