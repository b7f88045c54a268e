package jp.kizuna.alumni.integration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import jp.kizuna.alumni.shared.BusinessException;
import org.junit.jupiter.api.Test;

class HrFileTest {

    private static final String JAPANESE_FILE = """
            社員番号,姓,名,セイ,メイ,部署コード,上長社員番号,入社日
            E1001,髙橋,一郎,タカハシ,イチロウ,SALES,,2010/4/1
            E1002,渡邉,"花子, 二世",ワタナベ,ハナコ,SALES,E1001,2015-10-01
            E1003,鈴木,次郎,スズキ,ジロウ,SALES,E1001,2015/02/30
            """.replace("\n", "\r\n");

    @Test
    void readsShiftJisFilesAsExcelWritesThem() {
        byte[] sjis = JAPANESE_FILE.getBytes(HrFile.SHIFT_JIS);
        assertEquals(HrFile.SHIFT_JIS, HrFile.detectCharset(sjis));

        List<HrFile.Row> rows = HrFile.read(sjis, null);

        assertEquals(3, rows.size());
        EmployeeRecord first = rows.get(0).record();
        assertEquals("髙橋", first.familyName());
        assertEquals("タカハシ", first.familyNameKana());
        assertEquals(LocalDate.of(2010, 4, 1), first.hireDate());
        assertNull(first.managerNumber());
        assertEquals("花子, 二世", rows.get(1).record().givenName());
        assertEquals("E1001", rows.get(1).record().managerNumber());
        assertEquals(3, rows.get(1).line());
    }

    @Test
    void reportsAnImpossibleDateOnItsRowAndKeepsTheOthers() {
        List<HrFile.Row> rows = HrFile.read(JAPANESE_FILE.getBytes(StandardCharsets.UTF_8), null);
        HrFile.Row broken = rows.get(2);
        assertNull(broken.record());
        assertEquals("integration.date.invalid", broken.problem().key());
        assertEquals(4, broken.line());
    }

    /** 等級 came with contract revision 1.1: an optional last column, read when there and written on export. */
    @Test
    void theJobGradeIsAnOptionalLastColumn() {
        String file = "社員番号,姓,名,入社日,等級\r\nE7,山田,太郎,2012/4/1, G3 \r\nE8,佐藤,花子,2013/4/1,\r\n";
        List<HrFile.Row> rows = HrFile.read(file.getBytes(StandardCharsets.UTF_8), null);
        assertEquals("G3", rows.get(0).record().jobGrade());
        assertNull(rows.get(1).record().jobGrade(), "empty: not given");
        assertNull(
                HrFile.read(JAPANESE_FILE.getBytes(StandardCharsets.UTF_8), null)
                        .get(0)
                        .record()
                        .jobGrade(),
                "a file without the column is read as before");
        String exported =
                new String(HrFile.write(List.of(rows.get(0).record()), StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertEquals(
                "\uFEFF社員番号,姓,名,セイ,メイ,メールアドレス,役職,部署コード,部署名,部署名（英語）,上長社員番号,入社日,等級",
                exported.substring(0, exported.indexOf("\r\n")));
        assertEquals(
                "G3",
                HrFile.read(exported.getBytes(StandardCharsets.UTF_8), null)
                        .get(0)
                        .record()
                        .jobGrade(),
                "an exported file reads back with its grades");
    }

    @Test
    void detectsUtf8WithByteOrderMarkAndEnglishHeaders() {
        String file = "\uFEFFemployee_number,family_name,given_name,given_name_kana\nE9,Smith,John,ジョン\n";
        byte[] utf8 = file.getBytes(StandardCharsets.UTF_8);
        assertEquals(StandardCharsets.UTF_8, HrFile.detectCharset(utf8));
        EmployeeRecord record = HrFile.read(utf8, null).get(0).record();
        assertEquals("E9", record.employeeNumber());
        assertEquals("ジョン", record.givenNameKana());
    }

    @Test
    void refusesAFileWithoutTheRequiredColumns() {
        BusinessException refused = assertThrows(
                BusinessException.class, () -> HrFile.read("社員番号,姓\nE1,山田\n".getBytes(StandardCharsets.UTF_8), null));
        assertEquals("integration.csv.header", refused.getKey());
    }

    @Test
    void reportsRowsWithTheWrongNumberOfColumnsAndUnclosedQuotes() {
        List<HrFile.Row> rows =
                HrFile.read("社員番号,姓,名\nE1,山田\nE2,\"佐藤,太郎\n".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertEquals("integration.csv.columns", rows.get(0).problem().key());
        assertEquals("integration.csv.quote", rows.get(1).problem().key());
        assertEquals(3, rows.get(1).line());
    }

    @Test
    void exportedFilesReadBackInBothEncodings() {
        EmployeeRecord record = new EmployeeRecord(
                "E77",
                "山田",
                "太郎",
                "ヤマダ",
                "タロウ",
                "taro@example.jp",
                "課長, 営業",
                "SALES",
                "営業部",
                "Sales",
                "E1",
                LocalDate.of(2001, 4, 1));
        for (var charset : List.of(StandardCharsets.UTF_8, HrFile.SHIFT_JIS)) {
            byte[] file = HrFile.write(List.of(record), charset);
            assertEquals(record, HrFile.read(file, null).get(0).record(), charset.name());
        }
        byte[] utf8 = HrFile.write(List.of(record), StandardCharsets.UTF_8);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(utf8, 3));
    }

    @Test
    void recordsCheckKanaEmailAndDates() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        EmployeeRecord kanji =
                new EmployeeRecord("E1", "山田", "太郎", "山田", null, null, null, null, null, null, null, null);
        assertEquals(
                "integration.record.kanaInvalid", kanji.problems(today).get(0).key());
        EmployeeRecord future = new EmployeeRecord(
                "E1", "山田", "太郎", null, null, "no-at-sign", null, null, null, null, "E1", LocalDate.of(2030, 1, 1));
        assertEquals(
                List.of("integration.record.emailInvalid", "integration.date.hireTooLate", "integration.manager.self"),
                future.problems(today).stream().map(RecordProblem::key).toList());
        assertEquals(
                List.of(),
                new EmployeeRecord("E1", "山田", "太郎", "やまだ", "タロー", null, null, null, null, null, null, null)
                        .problems(today));
    }
}
