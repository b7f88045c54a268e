package jp.kizuna.alumni.shared;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.Locale;

/**
 * A person's name as HR gives it, and the one way it is written for a reader. Family name first in
 * both languages, as Japanese companies and passports write it: 「山田 太郎」 in Japanese and
 * "YAMADA Taro" in English, the family name upper-cased so an English reader knows which part it is.
 * English romanises the kana reading (passport Hepburn, see {@link PassportRomaji}) when the name itself is not
 * in Latin letters; a name HR gave in Latin letters ("Smith" "Emily") is kept as given ("SMITH Emily").
 * Without a reading a kanji name stays in kanji rather than being guessed.
 * Either part may be empty (people with one name): it is then left out, never shown as a stray space.
 */
public record PersonName(String family, String given, String familyKana, String givenKana) implements Serializable {

    public PersonName {
        family = clean(family);
        given = clean(given);
        familyKana = clean(familyKana);
        givenKana = clean(givenKana);
    }

    public static PersonName of(String family, String given) {
        return new PersonName(family, given, null, null);
    }

    /** The name for a reader of {@code locale}; Japanese for any language other than English-like Latin ones. */
    public String display(Locale locale) {
        return isJapanese(locale) ? join(family, given) : english();
    }

    /** 「ヤマダ タロウ」, or null when HR gave no reading. */
    public String kana() {
        if (familyKana.isEmpty() && givenKana.isEmpty()) {
            return null;
        }
        return join(familyKana, givenKana);
    }

    /** The name in Latin letters, family name upper-cased; the Japanese form when there is nothing to write it from. */
    public String english() {
        if (isLatin(family) && isLatin(given)) {
            return join(family.toUpperCase(Locale.ROOT), given);
        }
        // Both readings are needed: a romanised family name beside a kanji given name would read as two people.
        boolean familyReadable = family.isEmpty() || !familyKana.isEmpty();
        boolean givenReadable = given.isEmpty() || !givenKana.isEmpty();
        if (familyReadable && givenReadable && (isKana(familyKana) && isKana(givenKana))) {
            return join(
                    PassportRomaji.hepburn(familyKana).toUpperCase(Locale.ROOT),
                    capitalised(PassportRomaji.hepburn(givenKana)));
        }
        return join(family, given);
    }

    private static boolean isJapanese(Locale locale) {
        return LocalizedText.japanese(locale);
    }

    private static String join(String first, String second) {
        if (first.isEmpty()) {
            return second;
        }
        return second.isEmpty() ? first : first + " " + second;
    }

    private static String clean(String part) {
        return part == null ? "" : part.strip();
    }

    private static String capitalised(String word) {
        if (word.isEmpty()) {
            return word;
        }
        int first = word.codePointAt(0);
        return new StringBuilder()
                .appendCodePoint(Character.toUpperCase(first))
                .append(word, Character.charCount(first), word.length())
                .toString();
    }

    /** Letters only from the Latin script (accents included); empty counts, so a one-part Latin name is Latin. */
    static boolean isLatin(String part) {
        return part.codePoints()
                .filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    private static boolean isKana(String reading) {
        String wide = Normalizer.normalize(reading, Normalizer.Form.NFKC);
        return wide.codePoints().filter(c -> !Character.isWhitespace(c)).allMatch(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.KATAKANA
                    || script == Character.UnicodeScript.HIRAGANA
                    || c == 'ー'
                    || c == '・'
                    || c == '＝'
                    || c == '='
                    || c == '-';
        });
    }
}
