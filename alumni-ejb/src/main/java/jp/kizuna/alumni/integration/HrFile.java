package jp.kizuna.alumni.integration;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import jp.kizuna.alumni.shared.BusinessException;

/**
 * The employee CSV file HR departments exchange: one header row naming the columns (in Japanese
 * as exported here, or in English), then one employee per row. Japanese HR systems and Excel write
 * Shift_JIS (Windows-31J, "MS932"); others write UTF-8, often with a byte-order mark. Reading
 * detects which when not told; writing UTF-8 adds the mark so Excel shows the kana correctly.
 */
public final class HrFile {

    public static final Charset SHIFT_JIS = Charset.forName("windows-31j");
    static final Charset EUC_JP = Charset.forName("EUC-JP");

    /**
     * OWASP CSV injection: a cell starting with one of these makes Excel read it as a formula (or
     * DDE). The export writes such a value behind a single quote, which Excel shows as text and
     * does not display; a value that already starts with quotes before one of these gets one more.
     * The import removes exactly one quote from a cell of that shape, so an exported file reads
     * back to the stored values; any other cell, including one starting with a quote and a letter,
     * is read as it stands.
     */
    private static final Pattern FORMULA_LIKE = Pattern.compile("'*[=+\\-@\t\r].*", Pattern.DOTALL);

    private static final Pattern NEUTRALISED = Pattern.compile("'+[=+\\-@\t\r].*", Pattern.DOTALL);

    /** Column keys in export order, with the header names accepted for each. */
    static final Map<String, List<String>> COLUMNS = columns();

    private static Map<String, List<String>> columns() {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        columns.put("employeeNumber", List.of("社員番号", "employee_number", "employeenumber"));
        columns.put("familyName", List.of("姓", "family_name", "familyname"));
        columns.put("givenName", List.of("名", "given_name", "givenname"));
        columns.put("familyNameKana", List.of("セイ", "姓（カナ）", "family_name_kana", "familynamekana"));
        columns.put("givenNameKana", List.of("メイ", "名（カナ）", "given_name_kana", "givennamekana"));
        columns.put("workEmail", List.of("メールアドレス", "work_email", "workemail"));
        columns.put("jobTitle", List.of("役職", "job_title", "jobtitle"));
        columns.put("departmentCode", List.of("部署コード", "department_code", "departmentcode"));
        columns.put("departmentNameJa", List.of("部署名", "department_name_ja", "departmentnameja"));
        columns.put("departmentNameEn", List.of("部署名（英語）", "department_name_en", "departmentnameen"));
        columns.put("managerNumber", List.of("上長社員番号", "manager_number", "managernumber"));
        columns.put("hireDate", List.of("入社日", "hire_date", "hiredate"));
        // Contract revision 1.1: optional and last, so files without it (and HR tools that stop at 入社日) still fit.
        columns.put("jobGrade", List.of("等級", "job_grade", "jobgrade"));
        return Collections.unmodifiableMap(columns);
    }

    private static final List<String> REQUIRED = List.of("employeeNumber", "familyName", "givenName");
    private static final DateTimeFormatter SLASHED =
            DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT);

    /** One data row: its line number in the file and either the record or why it is unreadable. */
    public record Row(int line, EmployeeRecord record, RecordProblem problem) {}

    private HrFile() {}

    /**
     * UTF-8 when the bytes are valid UTF-8 (ASCII included), otherwise Shift_JIS. An EUC-JP file is
     * refused here (see {@link #requireNotEucJp}) rather than read as Shift_JIS, which would turn it
     * into valid-looking nonsense.
     */
    public static Charset detectCharset(byte[] content) {
        if (decodes(content, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        requireNotEucJp(content);
        return SHIFT_JIS;
    }

    private static boolean decodes(byte[] content, Charset charset) {
        try {
            strictDecoder(charset).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException invalid) {
            return false;
        }
    }

    private static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * EUC-JP (old Unix HR systems) is often also valid Shift_JIS, byte for byte: its kana and kanji
     * then read as half-width katakana and stray kanji. A file that is valid EUC-JP, holds Japanese
     * text in it, and reads as half-width katakana in Shift_JIS is EUC-JP. (Real Shift_JIS text is
     * practically never valid EUC-JP: its kana and most kanji start with bytes 0x81-0x9F, which
     * EUC-JP does not use.)
     */
    static void requireNotEucJp(byte[] content) {
        if (!decodes(content, EUC_JP)) {
            return;
        }
        String asEuc = new String(content, EUC_JP);
        boolean japanese = asEuc.codePoints().anyMatch(c -> c >= 0x3000 && c < 0xFF00);
        boolean halfWidthInShiftJis =
                new String(content, SHIFT_JIS).codePoints().anyMatch(c -> c >= 0xFF61 && c <= 0xFF9F);
        if (japanese && halfWidthInShiftJis) {
            throw new BusinessException("integration.csv.otherEncoding", "EUC-JP");
        }
    }

    /**
     * The file as text, refusing it when a byte sequence is not valid in the charset: the refusal
     * names the line, so HR can find it. Nothing is replaced by "?" or U+FFFD.
     */
    static String decode(byte[] content, Charset charset) {
        if (charset.equals(SHIFT_JIS)) {
            requireNotEucJp(content);
            if (!decodes(content, StandardCharsets.UTF_8) || isAscii(content)) {
                // not UTF-8 text, or plain ASCII that means the same in both
            } else {
                throw new BusinessException("integration.csv.otherEncoding", "UTF-8");
            }
        }
        CharsetDecoder decoder = strictDecoder(charset);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate((int) (content.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (content[i] == '\n') {
                    line++;
                }
            }
            throw new BusinessException("integration.csv.undecodable", line, displayName(charset));
        }
        return out.flip().toString();
    }

    private static boolean isAscii(byte[] content) {
        for (byte b : content) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static String displayName(Charset charset) {
        return charset.equals(SHIFT_JIS) ? "Shift_JIS" : charset.name();
    }

    /**
     * Reads the file; a {@code null} charset means detect it. A broken header is a refusal of the
     * whole file (thrown); a broken row is reported in its {@link Row} and the others still count.
     */
    public static List<Row> read(byte[] content, Charset charset) {
        Charset effective = charset == null ? detectCharset(content) : charset;
        String text = decode(content, effective);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<List<String>> lines = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        int unclosedLine = split(text, lines, lineNumbers);
        if (lines.isEmpty()) {
            throw new BusinessException("integration.csv.empty");
        }
        Map<String, Integer> position = header(lines.get(0));
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> cells = lines.get(i);
            int line = lineNumbers.get(i);
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            if (cells.size() != lines.get(0).size()) {
                rows.add(new Row(
                        line,
                        null,
                        new RecordProblem(
                                "integration.csv.columns",
                                cells.size(),
                                lines.get(0).size())));
                continue;
            }
            Function<String, String> cell =
                    key -> position.containsKey(key) ? restored(cells.get(position.get(key))) : null;
            String hire = cell.apply("hireDate");
            LocalDate hireDate;
            try {
                hireDate = parseDate(hire);
            } catch (DateTimeParseException invalid) {
                rows.add(new Row(line, null, new RecordProblem("integration.date.invalid", hire.strip())));
                continue;
            }
            rows.add(new Row(
                    line,
                    new EmployeeRecord(
                                    cell.apply("employeeNumber"),
                                    cell.apply("familyName"),
                                    cell.apply("givenName"),
                                    cell.apply("familyNameKana"),
                                    cell.apply("givenNameKana"),
                                    cell.apply("workEmail"),
                                    cell.apply("jobTitle"),
                                    cell.apply("departmentCode"),
                                    cell.apply("departmentNameJa"),
                                    cell.apply("departmentNameEn"),
                                    cell.apply("managerNumber"),
                                    hireDate,
                                    cell.apply("jobGrade"))
                            .normalized(),
                    null));
        }
        if (unclosedLine > 0) {
            rows.add(new Row(unclosedLine, null, new RecordProblem("integration.csv.quote")));
        }
        return rows;
    }

    /**
     * The file as exported: Japanese header, every column, UTF-8 with BOM or Shift_JIS. In
     * Shift_JIS the characters with an MS932 twin are written as the twin ({@link ShiftJisText});
     * if any record holds a character Shift_JIS cannot hold, nothing is written and the refusal
     * names those employees and characters, so that no name is silently changed or lost.
     */
    public static byte[] write(List<EmployeeRecord> records, Charset charset) {
        if (SHIFT_JIS.equals(charset)) {
            requireWritableInShiftJis(records);
        }
        StringBuilder csv = new StringBuilder();
        csv.append(String.join(
                        ",",
                        COLUMNS.values().stream().map(names -> names.get(0)).toList()))
                .append("\r\n");
        for (EmployeeRecord record : records) {
            List<String> cells = List.of(
                    nz(record.employeeNumber()),
                    nz(record.familyName()),
                    nz(record.givenName()),
                    nz(record.familyNameKana()),
                    nz(record.givenNameKana()),
                    nz(record.workEmail()),
                    nz(record.jobTitle()),
                    nz(record.departmentCode()),
                    nz(record.departmentNameJa()),
                    nz(record.departmentNameEn()),
                    nz(record.managerNumber()),
                    record.hireDate() == null ? "" : record.hireDate().toString(),
                    nz(record.jobGrade()));
            csv.append(String.join(
                            ",",
                            cells.stream()
                                    .map(HrFile::neutralised)
                                    .map(HrFile::quote)
                                    .toList()))
                    .append("\r\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (StandardCharsets.UTF_8.equals(charset)) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        String text = SHIFT_JIS.equals(charset) ? ShiftJisText.fold(csv.toString()) : csv.toString();
        try {
            ByteBuffer bytes = charset.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        } catch (CharacterCodingException checkedBefore) {
            throw new IllegalStateException("Text not writable in " + charset + " after the check", checkedBefore);
        }
        return out.toByteArray();
    }

    /** How many unwritable employees a refusal names; HR fixes those, then sees the next ones. */
    static final int NAMED_IN_REFUSAL = 10;

    private static void requireWritableInShiftJis(List<EmployeeRecord> records) {
        List<String> unwritable = new ArrayList<>();
        int count = 0;
        for (EmployeeRecord record : records) {
            Set<String> characters = new LinkedHashSet<>();
            record.texts().forEach(text -> characters.addAll(ShiftJisText.unwritable(text.getValue())));
            if (!characters.isEmpty()) {
                count++;
                if (unwritable.size() < NAMED_IN_REFUSAL) {
                    unwritable.add(record.employeeNumber() + " (" + String.join(" ", characters) + ")");
                }
            }
        }
        if (count > 0) {
            throw new BusinessException("integration.export.notShiftJis", count, String.join(", ", unwritable));
        }
    }

    /** The cell as Excel must not run it: see {@link #FORMULA_LIKE}. */
    static String neutralised(String cell) {
        return FORMULA_LIKE.matcher(cell).matches() ? "'" + cell : cell;
    }

    /** One cell of any CSV export (also the analytics'): neutralised like {@link #neutralised}, quoted where needed. */
    public static String exportCell(String value) {
        return quote(neutralised(value == null ? "" : value));
    }

    /** The cell as it was before {@link #neutralised}. */
    static String restored(String cell) {
        return NEUTRALISED.matcher(cell).matches() ? cell.substring(1) : cell;
    }

    static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        return value.contains("/") ? LocalDate.parse(value, SLASHED) : LocalDate.parse(value);
    }

    private static Map<String, Integer> header(List<String> names) {
        Map<String, String> byName = new HashMap<>();
        COLUMNS.forEach((key, aliases) -> aliases.forEach(alias -> byName.put(alias.toLowerCase(Locale.ROOT), key)));
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String key = byName.get(names.get(i).strip().toLowerCase(Locale.ROOT));
            if (key != null) {
                position.putIfAbsent(key, i);
            }
        }
        for (String required : REQUIRED) {
            if (!position.containsKey(required)) {
                throw new BusinessException(
                        "integration.csv.header",
                        COLUMNS.get(required).get(0) + " / "
                                + COLUMNS.get(required).get(1));
            }
        }
        return position;
    }

    /** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. Returns the line of an unclosed quote, or 0. */
    private static int split(String text, List<List<String>> lines, List<Integer> lineNumbers) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                lines.add(cells);
                lineNumbers.add(rowStart);
                cells = new ArrayList<>();
                line++;
                rowStart = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            return rowStart;
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            lines.add(cells);
            lineNumbers.add(rowStart);
        }
        return 0;
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    private static String quote(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
