package jp.kizuna.alumni.integration;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Setting;

/**
 * An employee file as an HR administrator uploaded it: its name, the content type the browser
 * declared and its bytes. Only a file that passes every check can be made, so nothing reaches the
 * import that is too large, is not declared as CSV or text, or is binary under a .csv name (an
 * Excel workbook, a PDF, a program); the browser's declarations are not trusted alone, the bytes
 * are looked at too.
 *
 * <p>The size limit is the system property {@value #MAX_MEGABYTES_PROPERTY} (default
 * {@value #DEFAULT_MAX_MEGABYTES} MB: 100,000 employees fit in about 12 MB). It must stay below
 * the Faces servlet's multipart limit (30 MB in web.xml) so that a too-large file is refused with
 * an explanation rather than by the container.
 */
public record HrUpload(String fileName, String contentType, byte[] content) {

    public static final String MAX_MEGABYTES_PROPERTY = "alumni.imports.max-file-mb";
    public static final int DEFAULT_MAX_MEGABYTES = 20;

    /** What browsers declare for .csv and .txt files (Windows with Excel installed says vnd.ms-excel). */
    static final List<String> ACCEPTED_TYPES = List.of(
            "text/csv",
            "text/plain",
            "application/vnd.ms-excel",
            "application/csv",
            "text/x-csv",
            "text/comma-separated-values");

    static final List<String> ACCEPTED_EXTENSIONS = List.of(".csv", ".txt");

    /** Leading bytes of formats HR staff upload by mistake, and which a text file never starts with. */
    private static final List<Signature> SIGNATURES = List.of(
            new Signature("Excel (.xlsx) / ZIP", new byte[] {'P', 'K', 3, 4}),
            new Signature("Excel 97-2003 (.xls)", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}),
            new Signature("PDF", new byte[] {'%', 'P', 'D', 'F'}),
            new Signature("EXE", new byte[] {'M', 'Z'}),
            new Signature("ELF", new byte[] {0x7F, 'E', 'L', 'F'}),
            new Signature("GZIP", new byte[] {0x1F, (byte) 0x8B}),
            new Signature("PNG", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
            new Signature("JPEG", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}));

    private record Signature(String format, byte[] magic) {
        boolean starts(byte[] content) {
            return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
        }
    }

    public HrUpload {
        String name = fileName == null ? "" : fileName.strip();
        if (content == null || content.length == 0) {
            throw new BusinessException("integration.csv.empty");
        }
        long limit = maxBytes();
        if (content.length > limit) {
            throw new BusinessException(
                    "integration.upload.tooLarge", name, megabytes(content.length), limit / (1024 * 1024));
        }
        String lowerName = name.toLowerCase(Locale.ROOT);
        if (ACCEPTED_EXTENSIONS.stream().noneMatch(lowerName::endsWith)) {
            throw new BusinessException("integration.upload.extension", name);
        }
        String type = mediaType(contentType);
        if (!type.isEmpty() && !ACCEPTED_TYPES.contains(type)) {
            throw new BusinessException("integration.upload.type", name, type);
        }
        for (Signature signature : SIGNATURES) {
            if (signature.starts(content)) {
                throw new BusinessException("integration.upload.binary", name, signature.format());
            }
        }
        int control = firstControlByte(content);
        if (control >= 0) {
            throw new BusinessException(
                    "integration.upload.controlByte", name, String.format("0x%02X", content[control]), control + 1);
        }
        fileName = name;
        contentType = type;
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The configured limit in bytes; an unset, unreadable or non-positive value means the default. */
    public static long maxBytes() {
        return Setting.IMPORT_MAX_FILE_MB.positive() * 1024L * 1024L;
    }

    /**
     * The first byte no CSV text in UTF-8 or Shift_JIS contains, or -1: NUL and the other C0
     * controls except tab, line feed, form feed and carriage return (and 0x1A, the end-of-file mark
     * old DOS tools append). UTF-16 files (Excel's "Unicode text") fail here too: they are full of NULs.
     */
    static int firstControlByte(byte[] content) {
        for (int i = 0; i < content.length; i++) {
            int b = content[i];
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' && b != 0x1A) {
                return i;
            }
        }
        return -1;
    }

    /** "Text/CSV; charset=Shift_JIS" as "text/csv"; nothing declared as "". */
    static String mediaType(String declared) {
        if (declared == null) {
            return "";
        }
        int parameters = declared.indexOf(';');
        return (parameters < 0 ? declared : declared.substring(0, parameters))
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HrUpload that
                && fileName.equals(that.fileName)
                && contentType.equals(that.contentType)
                && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * fileName.hashCode() + contentType.hashCode()) + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "HrUpload[" + fileName + ", " + contentType + ", " + content.length + " bytes]";
    }
}
