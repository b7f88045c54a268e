package jp.kizuna.alumni.integration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.kizuna.alumni.shared.BusinessException;
import org.junit.jupiter.api.Test;

/**
 * Japanese text as HR departments really send it: supplementary kanji, half-width kana, the
 * characters that differ between Unicode and Shift_JIS, other encodings, formula-like cells.
 * Nothing may be silently altered: each value arrives unchanged, or is refused with a reason.
 */
class HrTextFidelityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static EmployeeRecord named(String familyName, String givenName) {
        return new EmployeeRecord("E1", familyName, givenName, null, null, null, null, null, null, null, null, null);
    }

    private static List<String> keys(EmployeeRecord record) {
        return record.normalized().problems(TODAY).stream()
                .map(RecordProblem::key)
                .toList();
    }

    @Test
    void controlCharactersAndBrokenSurrogatesAreRefusedInEveryTextField() {
        assertEquals(List.of("integration.text.control"), keys(named("山\u0000田", "太郎")));
        assertEquals(List.of("integration.text.control"), keys(named("山田", "太\u0085郎")));
        assertEquals(List.of("integration.text.control"), keys(named("山田", "太\u007F郎")));
        assertEquals(List.of("integration.text.control"), keys(named("山\t田", "太郎")));
        assertEquals(List.of("integration.text.surrogate"), keys(named("\uD842田", "太郎")));
        assertEquals(List.of("integration.text.surrogate"), keys(named("山田", "太\uDFB7")));
        EmployeeRecord department =
                new EmployeeRecord("E1", "山田", "太郎", null, null, null, "課長", "S", "営業\u001B部", "Sales", null, null);
        RecordProblem problem = department.normalized().problems(TODAY).get(0);
        assertEquals("integration.text.control", problem.key());
        assertTrue(problem.text(Locale.ENGLISH).contains("departmentNameJa"));
        assertTrue(problem.text(Locale.ENGLISH).contains("U+001B"), problem.text(Locale.ENGLISH));
        assertTrue(problem.text(Locale.JAPANESE).contains("制御文字"));
    }

    @Test
    void lengthsCountCharactersNotUtf16Units() {
        String hundredYoshi = "𠮷".repeat(100);
        assertEquals(200, hundredYoshi.length());
        assertEquals(List.of(), keys(named(hundredYoshi, "太郎")));
        assertEquals(List.of("integration.record.tooLong"), keys(named(hundredYoshi + "𠮷", "太郎")));
        assertEquals(List.of("integration.record.tooLong"), keys(named("a".repeat(101), "太郎")));
    }

    @Test
    void halfWidthKanaReadingsAreStoredFullWidthAndNothingElseChanges() {
        EmployeeRecord sent = new EmployeeRecord(
                "E1", "ｶﾞ田①", "〜太郎−", "ﾀﾞｲｺﾞ", "ﾊﾟﾊﾟ･ｺｰﾄﾞ", null, null, null, null, null, null, null);
        EmployeeRecord stored = sent.normalized();
        assertEquals("ダイゴ", stored.familyNameKana());
        assertEquals("パパ・コード", stored.givenNameKana());
        assertEquals("ｶﾞ田①", stored.familyName());
        assertEquals("〜太郎−", stored.givenName());
        assertEquals(List.of(), stored.problems(TODAY));
    }

    @Test
    void implausibleResignationDatesAndBadReasonsAreRefused() {
        ResignationReport fine = new ResignationReport("E1", TODAY, TODAY.plusMonths(1), "一身上の都合\r\n以上");
        assertEquals(fine, fine.checked(TODAY));
        assertEquals(
                "integration.date.tooLate",
                assertThrows(
                                BusinessException.class,
                                () -> new ResignationReport("E1", TODAY, LocalDate.of(2206, 3, 31), null)
                                        .checked(TODAY))
                        .getKey());
        assertEquals(
                "integration.date.tooEarly",
                assertThrows(
                                BusinessException.class,
                                () -> new ResignationReport("E1", LocalDate.of(206, 3, 1), TODAY, null).checked(TODAY))
                        .getKey());
        assertEquals(
                "integration.text.control",
                assertThrows(
                                BusinessException.class,
                                () -> new ResignationReport("E1", TODAY, TODAY, "理由\u0000").checked(TODAY))
                        .getKey());
        assertEquals(
                "integration.record.tooLong",
                assertThrows(
                                BusinessException.class,
                                () -> new ResignationReport("E1", TODAY, TODAY, "𠮷".repeat(501)).checked(TODAY))
                        .getKey());
        ResignationReport longest = new ResignationReport("E1", TODAY, TODAY, "𠮷".repeat(500));
        assertEquals(longest, longest.checked(TODAY));
    }

    @Test
    void shiftJisExportWritesTheMs932TwinsAndReadsBackUnchangedOtherwise() {
        EmployeeRecord record =
                new EmployeeRecord("E1", "髙﨑", "①〜−‖—", "タカサキ", null, null, "¢£¬", null, null, null, null, null);
        byte[] file = HrFile.write(List.of(record), HrFile.SHIFT_JIS);
        EmployeeRecord read = HrFile.read(file, HrFile.SHIFT_JIS).get(0).record();
        assertEquals("髙﨑", read.familyName());
        assertEquals("①～－∥―", read.givenName());
        assertEquals("￠￡￢", read.jobTitle());
        assertEquals(ShiftJisText.fold(record.givenName()), read.givenName());
        assertFalse(new String(file, HrFile.SHIFT_JIS).contains("?"));
    }

    @Test
    void shiftJisExportRefusesCharactersItCannotHoldNamingTheEmployees() {
        List<EmployeeRecord> records = List.of(
                named("山田", "太郎"),
                new EmployeeRecord("E2", "𠮷田", "花子", null, null, null, null, null, null, null, null, null),
                new EmployeeRecord("E3", "佐藤", "😀", null, null, null, null, null, null, null, null, null),
                new EmployeeRecord("E4", "¥田", "円", null, null, null, null, null, null, null, null, null));
        BusinessException refused =
                assertThrows(BusinessException.class, () -> HrFile.write(records, HrFile.SHIFT_JIS));
        assertEquals("integration.export.notShiftJis", refused.getKey());
        String text = refused.getMessage(Locale.ENGLISH);
        assertTrue(text.startsWith("3 employees"), text);
        assertTrue(text.contains("E2 (𠮷)") && text.contains("E3 (😀)") && text.contains("E4 (¥)"), text);
        assertFalse(text.contains("E1 "), text);
        assertTrue(refused.getMessage(Locale.JAPANESE).contains("UTF-8"));
        // UTF-8 holds them all, unchanged.
        List<EmployeeRecord> back = HrFile.read(HrFile.write(records, StandardCharsets.UTF_8), null).stream()
                .map(HrFile.Row::record)
                .toList();
        assertEquals(records.stream().map(EmployeeRecord::normalized).toList(), back);
    }

    @Test
    void bytesInvalidInTheEncodingRefuseTheFileNamingTheLine() {
        byte[] sjis = "社員番号,姓,名\r\nE1,山田,太郎\r\nE2,佐藤,花子\r\n".getBytes(HrFile.SHIFT_JIS);
        BusinessException asUtf8 =
                assertThrows(BusinessException.class, () -> HrFile.read(sjis, StandardCharsets.UTF_8));
        assertEquals("integration.csv.undecodable", asUtf8.getKey());
        assertTrue(asUtf8.getMessage(Locale.ENGLISH).startsWith("Line 1 "), asUtf8.getMessage(Locale.ENGLISH));

        byte[] brokenThirdLine = concat(
                "社員番号,姓,名\r\nE1,山田,太郎\r\nE2,".getBytes(HrFile.SHIFT_JIS),
                new byte[] {(byte) 0x81, 0x20},
                ",花子\r\n".getBytes(HrFile.SHIFT_JIS));
        BusinessException broken = assertThrows(BusinessException.class, () -> HrFile.read(brokenThirdLine, null));
        assertEquals("integration.csv.undecodable", broken.getKey());
        assertTrue(broken.getMessage(Locale.JAPANESE).startsWith("ファイルの 3 行目"), broken.getMessage(Locale.JAPANESE));
    }

    @Test
    void eucJpAndUtf8FilesAreNotReadAsShiftJis() {
        String file = "社員番号,姓,名,セイ,メイ\r\nE1,山田,太郎,ヤマダ,タロウ\r\nE2,渡辺,ひろし,ワタナベ,ヒロシ\r\n";
        byte[] euc = file.getBytes(Charset.forName("EUC-JP"));
        for (Charset chosen : new Charset[] {null, HrFile.SHIFT_JIS}) {
            BusinessException refused = assertThrows(BusinessException.class, () -> HrFile.read(euc, chosen));
            assertEquals("integration.csv.otherEncoding", refused.getKey());
            assertTrue(refused.getMessage(Locale.ENGLISH).contains("EUC-JP"));
        }
        BusinessException utf8AsSjis = assertThrows(
                BusinessException.class, () -> HrFile.read(file.getBytes(StandardCharsets.UTF_8), HrFile.SHIFT_JIS));
        assertEquals("integration.csv.otherEncoding", utf8AsSjis.getKey());
        // A Shift_JIS file with half-width kana is still Shift_JIS.
        byte[] halfWidth = "employee_number,family_name,given_name,family_name_kana\r\nE1,山田,太郎,ﾔﾏﾀﾞ\r\n"
                .getBytes(HrFile.SHIFT_JIS);
        assertEquals("ヤマダ", HrFile.read(halfWidth, null).get(0).record().familyNameKana());
    }

    @Test
    void formulaLikeCellsAreNeutralisedOnExportAndRestoredOnImport() {
        List<String> dangerous = List.of(
                "=HYPERLINK(\"http://evil\",\"x\")",
                "+81-3-1234",
                "-1",
                "@SUM(A1)",
                "'=already quoted",
                "''+two quotes",
                "'plain quote",
                "普通");
        for (String value : dangerous) {
            String written = HrFile.neutralised(value);
            assertFalse(written.matches("[=+\\-@\t\r].*"), written);
            assertEquals(value, HrFile.restored(written));
        }
        assertEquals("'plain quote", HrFile.neutralised("'plain quote"));
        EmployeeRecord record = new EmployeeRecord(
                "-E1", "=cmd|' /C calc'!A0", "@太郎", null, null, null, "+課長", null, null, null, null, null);
        for (Charset charset : List.of(StandardCharsets.UTF_8, HrFile.SHIFT_JIS)) {
            byte[] file = HrFile.write(List.of(record), charset);
            String text = new String(file, charset);
            for (String line : text.split("\r\n")) {
                for (String cell : line.split(",")) {
                    String bare = cell.startsWith("\"") ? cell.substring(1) : cell;
                    assertFalse(bare.matches("^[=+\\-@].*"), charset + ": " + cell);
                }
            }
            assertEquals(record, HrFile.read(file, charset).get(0).record(), charset.name());
        }
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void shiftJisTwinsAreOnlyTheDocumentedOnes() {
        assertEquals("～－∥―￠￡￢￤", ShiftJisText.fold("〜−‖—¢£¬¦"));
        assertEquals("𠮷", ShiftJisText.fold("𠮷"));
        assertTrue(ShiftJisText.unwritable("髙﨑①～〜−ｶﾞ").isEmpty());
        assertEquals(List.of("𠮷", "😀"), List.copyOf(ShiftJisText.unwritable("𠮷田😀")));
        assertNull(ShiftJisText.fold(null));
        assertArrayEquals("～".getBytes(HrFile.SHIFT_JIS), ShiftJisText.fold("〜").getBytes(HrFile.SHIFT_JIS));
    }
}
