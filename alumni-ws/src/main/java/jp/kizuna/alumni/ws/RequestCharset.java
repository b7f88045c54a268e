package jp.kizuna.alumni.ws;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import jp.kizuna.alumni.integration.HrFile;
import jp.kizuna.alumni.shared.BusinessException;

/**
 * The charset a request body declares, as a Japanese HR system means it. "Shift_JIS" (and its
 * aliases) from a Japanese system is Windows-31J: Java's own Shift_JIS lacks the NEC and IBM
 * characters (①, 髙, 﨑) and reads 0x8160 as the wave dash 〜 where the sender meant ～. Bodies
 * are decoded strictly: a byte sequence invalid in the charset refuses the request, it never
 * becomes U+FFFD.
 */
public final class RequestCharset {

    private static final Set<String> SHIFT_JIS_LABELS = Set.of(
            "shift_jis",
            "shift-jis",
            "sjis",
            "x-sjis",
            "ms_kanji",
            "csshiftjis",
            "windows-31j",
            "cswindows31j",
            "ms932",
            "cp932",
            "x-ms932");

    private RequestCharset() {}

    public static boolean isShiftJis(String label) {
        return label != null && SHIFT_JIS_LABELS.contains(label.strip().toLowerCase(Locale.ROOT));
    }

    /** The charset a JSON body in this label is read in; no label is UTF-8 (RFC 8259); null: not supported. */
    public static Charset forJson(String label) {
        if (label == null || label.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        String name = label.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        if (name.equals("utf-8") || name.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        return isShiftJis(name) ? HrFile.SHIFT_JIS : null;
    }

    /** The body as text; refused with the byte position of the first invalid sequence. */
    public static String decode(byte[] body, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate((int) (body.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new BusinessException(
                    "integration.request.undecodable",
                    charset.equals(HrFile.SHIFT_JIS) ? "Shift_JIS (Windows-31J)" : charset.name(),
                    in.position() + 1);
        }
        return out.flip().toString();
    }

    /** Strict UTF-8 check of a body read as UTF-8. */
    public static void requireUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException invalid) {
            decode(body, StandardCharsets.UTF_8); // throws with the position
        }
    }
}
