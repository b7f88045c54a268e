package jp.kizuna.alumni.shared;

import java.text.Normalizer;
import java.util.Map;

/**
 * Kana readings in Latin letters, the way a Japanese passport writes names (the Ministry of Foreign
 * Affairs' Hepburn): シ shi, チ chi, ツ tsu, フ fu, ジ ji; ン before b, m or p is m (Homma, Namba); ッ doubles
 * the next consonant (ッチ tch); long vowels are not written (サトウ Sato, オオノ Ono, ユウキ Yuki, トオル Toru).
 * Hiragana, katakana and half-width katakana all read the same. The JDK has no kana transliteration and
 * ICU4J's Katakana-Latin writes long vowels with macrons (Satō), which no HR record or passport uses, so the
 * table is here. Anything that is not kana is passed through unchanged. Lower case; callers capitalise.
 * For display only: searches compare names through {@code identity.Romaji}'s keys, which fold every
 * spelling (Satou, Satoh, Satō) to one.
 */
public final class PassportRomaji {

    private static final Map<Character, String> SYLLABLES = Map.ofEntries(
            Map.entry('ア', "a"),
            Map.entry('イ', "i"),
            Map.entry('ウ', "u"),
            Map.entry('エ', "e"),
            Map.entry('オ', "o"),
            Map.entry('カ', "ka"),
            Map.entry('キ', "ki"),
            Map.entry('ク', "ku"),
            Map.entry('ケ', "ke"),
            Map.entry('コ', "ko"),
            Map.entry('サ', "sa"),
            Map.entry('シ', "shi"),
            Map.entry('ス', "su"),
            Map.entry('セ', "se"),
            Map.entry('ソ', "so"),
            Map.entry('タ', "ta"),
            Map.entry('チ', "chi"),
            Map.entry('ツ', "tsu"),
            Map.entry('テ', "te"),
            Map.entry('ト', "to"),
            Map.entry('ナ', "na"),
            Map.entry('ニ', "ni"),
            Map.entry('ヌ', "nu"),
            Map.entry('ネ', "ne"),
            Map.entry('ノ', "no"),
            Map.entry('ハ', "ha"),
            Map.entry('ヒ', "hi"),
            Map.entry('フ', "fu"),
            Map.entry('ヘ', "he"),
            Map.entry('ホ', "ho"),
            Map.entry('マ', "ma"),
            Map.entry('ミ', "mi"),
            Map.entry('ム', "mu"),
            Map.entry('メ', "me"),
            Map.entry('モ', "mo"),
            Map.entry('ヤ', "ya"),
            Map.entry('ユ', "yu"),
            Map.entry('ヨ', "yo"),
            Map.entry('ラ', "ra"),
            Map.entry('リ', "ri"),
            Map.entry('ル', "ru"),
            Map.entry('レ', "re"),
            Map.entry('ロ', "ro"),
            Map.entry('ワ', "wa"),
            Map.entry('ヰ', "i"),
            Map.entry('ヱ', "e"),
            Map.entry('ヲ', "o"),
            Map.entry('ン', "n"),
            Map.entry('ガ', "ga"),
            Map.entry('ギ', "gi"),
            Map.entry('グ', "gu"),
            Map.entry('ゲ', "ge"),
            Map.entry('ゴ', "go"),
            Map.entry('ザ', "za"),
            Map.entry('ジ', "ji"),
            Map.entry('ズ', "zu"),
            Map.entry('ゼ', "ze"),
            Map.entry('ゾ', "zo"),
            Map.entry('ダ', "da"),
            Map.entry('ヂ', "ji"),
            Map.entry('ヅ', "zu"),
            Map.entry('デ', "de"),
            Map.entry('ド', "do"),
            Map.entry('バ', "ba"),
            Map.entry('ビ', "bi"),
            Map.entry('ブ', "bu"),
            Map.entry('ベ', "be"),
            Map.entry('ボ', "bo"),
            Map.entry('パ', "pa"),
            Map.entry('ピ', "pi"),
            Map.entry('プ', "pu"),
            Map.entry('ペ', "pe"),
            Map.entry('ポ', "po"),
            Map.entry('ヴ', "vu"));

    private static final Map<Character, String> SMALL_Y = Map.of('ャ', "a", 'ュ', "u", 'ョ', "o");
    private static final Map<Character, String> SMALL_VOWELS =
            Map.of('ァ', "a", 'ィ', "i", 'ゥ', "u", 'ェ', "e", 'ォ', "o", 'ヮ', "a");

    private PassportRomaji() {}

    public static String hepburn(String kana) {
        if (kana == null) {
            return null;
        }
        String text = katakana(Normalizer.normalize(kana, Normalizer.Form.NFKC));
        StringBuilder out = new StringBuilder(text.length() * 2);
        boolean doubleNext = false;
        String last = "";
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String syllable = SYLLABLES.get(c);
            if (syllable != null) {
                if (c == 'ン') {
                    char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
                    String following = SYLLABLES.getOrDefault(next, "");
                    out.append(
                            following.startsWith("b") || following.startsWith("m") || following.startsWith("p")
                                    ? "m"
                                    : "n");
                    last = "n";
                    continue;
                }
                if (isUnwrittenLongVowel(c, out, text, i)) {
                    continue;
                }
                if (doubleNext && !isVowel(syllable.charAt(0))) {
                    out.append(syllable.startsWith("ch") ? "t" : syllable.substring(0, 1));
                }
                doubleNext = false;
                out.append(syllable);
                last = syllable;
                continue;
            } else if (SMALL_Y.containsKey(c) && endsWith(out, "i")) {
                // キャ kya, but シャ sha, チャ cha, ジャ ja: the y of ャ melts into sh, ch and j.
                out.setLength(out.length() - 1);
                out.append(endsWith(out, "sh") || endsWith(out, "ch") || endsWith(out, "j") ? "" : "y")
                        .append(SMALL_Y.get(c));
            } else if (SMALL_VOWELS.containsKey(c) && !last.isEmpty() && isVowel(last.charAt(last.length() - 1))) {
                // ファ fa, ティ ti, シェ she, ウィ wi, イェ ye: the small vowel replaces the one before it.
                out.setLength(out.length() - 1);
                out.append(last.equals("u") ? "w" : last.equals("i") ? "y" : "").append(SMALL_VOWELS.get(c));
            } else if (SMALL_Y.containsKey(c) || SMALL_VOWELS.containsKey(c)) {
                out.append(SMALL_Y.containsKey(c) ? "y" + SMALL_Y.get(c) : SMALL_VOWELS.get(c));
            } else if (c == 'ッ') {
                doubleNext = true;
                continue;
            } else if (c == 'ー') {
                // A long vowel mark: not written.
                continue;
            } else if (c == '・' || c == '＝' || c == '=') {
                out.append(' ');
            } else {
                out.append(c);
            }
            last = "";
        }
        return out.toString().strip();
    }

    /** オウ and オオ as in サトウ, オオノ; ウウ as in ユウキ; but not イノウエ, where ウ starts the next syllable ウエ. */
    private static boolean isUnwrittenLongVowel(char c, StringBuilder out, String text, int i) {
        if (c != 'ウ' && c != 'オ' || out.isEmpty()) {
            return false;
        }
        char previous = out.charAt(out.length() - 1);
        boolean lengthens = c == 'ウ' ? previous == 'o' || previous == 'u' : previous == 'o';
        if (!lengthens) {
            return false;
        }
        char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        return "アイウエオァィゥェォャュョ".indexOf(next) < 0;
    }

    private static boolean endsWith(StringBuilder out, String suffix) {
        return out.length() >= suffix.length()
                && out.substring(out.length() - suffix.length()).equals(suffix);
    }

    private static boolean isVowel(char c) {
        return "aiueo".indexOf(c) >= 0;
    }

    /** Hiragana ぁ-ゖ sit exactly 0x60 below their katakana. */
    private static String katakana(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(c >= 0x3041 && c <= 0x3096 ? c + 0x60 : c));
        return out.toString();
    }
}
