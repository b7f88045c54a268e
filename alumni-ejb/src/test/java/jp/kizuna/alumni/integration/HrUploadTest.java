package jp.kizuna.alumni.integration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import jp.kizuna.alumni.shared.BusinessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The checks an uploaded HR file passes before the import reads it. */
class HrUploadTest {

    private static final byte[] CSV = "社員番号,姓,名\r\nE1,山田,太郎\r\n".getBytes(HrFile.SHIFT_JIS);

    @AfterEach
    void defaultLimit() {
        System.clearProperty(HrUpload.MAX_MEGABYTES_PROPERTY);
    }

    private static String refusal(String name, String type, byte[] content) {
        return assertThrows(BusinessException.class, () -> new HrUpload(name, type, content))
                .getKey();
    }

    @Test
    void acceptsCsvAndTextFilesAsBrowsersDeclareThem() {
        for (String type : new String[] {
            "text/csv",
            "text/csv; charset=Shift_JIS",
            "text/plain",
            "application/vnd.ms-excel",
            "Application/CSV",
            null,
            ""
        }) {
            HrUpload upload = new HrUpload(" 社員.CSV ", type, CSV);
            assertEquals("社員.CSV", upload.fileName());
            assertArrayEquals(CSV, upload.content());
        }
        assertEquals("text/csv", new HrUpload("e.txt", "TEXT/CSV;charset=UTF-8", CSV).contentType());
        byte[] utf8WithBomTabsAndDosEnd = "\uFEFF社員番号,姓,名\r\nE1,\t山田,太郎\r\n\u001A".getBytes(StandardCharsets.UTF_8);
        new HrUpload("e.csv", "text/csv", utf8WithBomTabsAndDosEnd);
    }

    @Test
    void refusesEmptyFiles() {
        assertEquals("integration.csv.empty", refusal("e.csv", "text/csv", new byte[0]));
        assertEquals("integration.csv.empty", refusal("e.csv", "text/csv", null));
    }

    @Test
    void refusesFilesOverTheConfiguredLimit() {
        byte[] twentyOneMegabytes = new byte[21 * 1024 * 1024];
        Arrays.fill(twentyOneMegabytes, (byte) 'a');
        BusinessException tooLarge =
                assertThrows(BusinessException.class, () -> new HrUpload("big.csv", "text/csv", twentyOneMegabytes));
        assertEquals("integration.upload.tooLarge", tooLarge.getKey());
        assertEquals(
                "\"big.csv\" is 21.0 MB; files up to 20 MB can be imported. Split it into smaller files.",
                tooLarge.getMessage(Locale.ENGLISH));
        assertTrue(tooLarge.getMessage(Locale.JAPANESE).contains("20 MB まで"), tooLarge.getMessage(Locale.JAPANESE));

        System.setProperty(HrUpload.MAX_MEGABYTES_PROPERTY, "1");
        assertEquals(1024 * 1024, HrUpload.maxBytes());
        byte[] justOver = new byte[1024 * 1024 + 1];
        Arrays.fill(justOver, (byte) 'a');
        assertEquals("integration.upload.tooLarge", refusal("e.csv", "text/csv", justOver));
        new HrUpload("e.csv", "text/csv", Arrays.copyOf(justOver, 1024 * 1024));

        System.setProperty(HrUpload.MAX_MEGABYTES_PROPERTY, "many");
        assertEquals(HrUpload.DEFAULT_MAX_MEGABYTES * 1024L * 1024L, HrUpload.maxBytes());
        System.setProperty(HrUpload.MAX_MEGABYTES_PROPERTY, "0");
        assertEquals(HrUpload.DEFAULT_MAX_MEGABYTES * 1024L * 1024L, HrUpload.maxBytes());
    }

    @Test
    void refusesOtherExtensionsAndTypes() {
        assertEquals("integration.upload.extension", refusal("社員.xlsx", "text/csv", CSV));
        assertEquals("integration.upload.extension", refusal("社員.csv.exe", "text/csv", CSV));
        assertEquals("integration.upload.extension", refusal("社員", "text/csv", CSV));
        assertEquals("integration.upload.extension", refusal(null, "text/csv", CSV));
        assertEquals("integration.upload.type", refusal("社員.csv", "application/pdf", CSV));
        assertEquals("integration.upload.type", refusal("社員.csv", "image/png", CSV));
        assertEquals("integration.upload.type", refusal("社員.csv", "application/octet-stream", CSV));
        assertEquals("integration.upload.type", refusal("社員.csv", "text/html", CSV));
    }

    @Test
    void refusesBinaryFilesRenamedToCsv() {
        byte[] xlsx = {'P', 'K', 3, 4, 20, 0, 6, 0};
        BusinessException excel = assertThrows(BusinessException.class, () -> new HrUpload("社員.csv", "text/csv", xlsx));
        assertEquals("integration.upload.binary", excel.getKey());
        assertTrue(excel.getMessage(Locale.JAPANESE).contains("Excel (.xlsx)"), excel.getMessage(Locale.JAPANESE));
        assertEquals(
                "integration.upload.binary",
                refusal("社員.csv", "text/csv", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(
                "integration.upload.binary",
                refusal("社員.csv", "text/csv", "MZ\u0090".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(
                "integration.upload.binary",
                refusal("社員.csv", "text/csv", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0x41}));
        assertEquals(
                "integration.upload.binary", refusal("社員.txt", "text/plain", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
    }

    @Test
    void refusesTextWithBinaryBytesAnywhere() {
        byte[] nulLate = ("社員番号,姓,名\r\nE1,山田,太郎\r\nE2,佐藤" + '\0' + "\r\n").getBytes(StandardCharsets.UTF_8);
        BusinessException nul = assertThrows(BusinessException.class, () -> new HrUpload("e.csv", "text/csv", nulLate));
        assertEquals("integration.upload.controlByte", nul.getKey());
        assertTrue(
                nul.getMessage(Locale.ENGLISH).contains("byte 0x00 at position " + (nulLate.length - 2)),
                nul.getMessage(Locale.ENGLISH));
        byte[] utf16 = "社員番号,姓,名\r\n".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("integration.upload.controlByte", refusal("e.txt", "text/plain", utf16));
        assertEquals(
                "integration.upload.controlByte",
                refusal("e.csv", "text/csv", "a,b\u0007,c".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theCheckedBytesCannotBeChangedAfterwards() {
        byte[] content = CSV.clone();
        HrUpload upload = new HrUpload("e.csv", "text/csv", content);
        content[0] = 0;
        upload.content()[1] = 0;
        assertArrayEquals(CSV, upload.content());
    }
}
