package jp.kizuna.alumni.integration;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Text as Windows-31J (MS932, what Japanese systems mean by "Shift_JIS") can hold it. A few
 * characters have two Unicode forms of which MS932 holds only one: the wave dash 〜 (U+301C) is
 * written as the fullwidth tilde ～ (U+FF5E) that MS932's 0x8160 means, the minus sign − as －,
 * and so on ({@link #FOLDS}); everything else is written as it is or, when MS932 has no code for
 * it (JIS X 0213 kanji such as 𠮷, emoji, ¥ which Java would turn into a backslash), reported
 * as unwritable. Nothing is ever replaced by "?".
 */
public final class ShiftJisText {

    /** Unicode character → the character MS932 reads back for the same glyph. */
    static final Map<Integer, Integer> FOLDS = Map.of(
            0x301C, 0xFF5E, // WAVE DASH → FULLWIDTH TILDE
            0x2016, 0x2225, // DOUBLE VERTICAL LINE → PARALLEL TO
            0x2212, 0xFF0D, // MINUS SIGN → FULLWIDTH HYPHEN-MINUS
            0x2014, 0x2015, // EM DASH → HORIZONTAL BAR
            0x00A2, 0xFFE0, // CENT SIGN → FULLWIDTH CENT SIGN
            0x00A3, 0xFFE1, // POUND SIGN → FULLWIDTH POUND SIGN
            0x00AC, 0xFFE2, // NOT SIGN → FULLWIDTH NOT SIGN
            0x00A6, 0xFFE4); // BROKEN BAR → FULLWIDTH BROKEN BAR

    private ShiftJisText() {}

    /** The text with every character that has an MS932 twin replaced by it; all others kept. */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> folded.appendCodePoint(FOLDS.getOrDefault(codePoint, codePoint)));
        return folded.toString();
    }

    /**
     * The characters of the (folded) text that MS932 cannot hold, in order of appearance: those it
     * has no code for, and those its encoder maps to a different character (a one-way "best fit").
     */
    public static Set<String> unwritable(String text) {
        Set<String> unwritable = new LinkedHashSet<>();
        if (text == null) {
            return unwritable;
        }
        CharsetEncoder encoder = HrFile.SHIFT_JIS
                .newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String folded = fold(text);
        try {
            if (HrFile.SHIFT_JIS
                    .decode(encoder.encode(CharBuffer.wrap(folded)))
                    .toString()
                    .equals(folded)) {
                return unwritable; // the usual case, decided without looking at each character
            }
        } catch (CharacterCodingException some) {
            // find which, character by character
        }
        folded.codePoints().forEach(codePoint -> {
            String character = Character.toString(codePoint);
            try {
                ByteBuffer bytes = encoder.reset().encode(CharBuffer.wrap(character));
                if (!HrFile.SHIFT_JIS.decode(bytes).toString().equals(character)) {
                    unwritable.add(character);
                }
            } catch (CharacterCodingException noCode) {
                unwritable.add(character);
            }
        });
        return unwritable;
    }
}
