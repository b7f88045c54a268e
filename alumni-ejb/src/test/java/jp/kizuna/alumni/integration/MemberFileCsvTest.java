package jp.kizuna.alumni.integration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemberFileCsvTest {

    private static String label(String key) {
        return key.startsWith("consent.short.")
                ? "【" + key.substring("consent.short.".length()) + "】"
                : "«" + key + "»";
    }

    @Test
    void oneColumnPerProvidedItemInOrderWithABomForExcel() {
        byte[] file = MemberFileCsv.write(List.of(), MemberFileCsvTest::label);

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(file, 3));
        String header = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        assertEquals(
                AlumnusRecord.ITEMS.size(), MemberFileCsv.COLUMNS.size(), "a title for every item the record names");
        assertEquals(
                String.join(
                                ",",
                                MemberFileCsv.COLUMNS.stream()
                                        .map(k -> "«" + k + "»")
                                        .toList()) + "\r\n",
                header);
    }

    @Test
    void namesOutsideShiftJisStayAndFormulasAreNeutralised() {
        AlumnusRecord member = new AlumnusRecord(
                "E-1",
                "𠮷野",
                "=HYPERLINK(\"http://x\")",
                "ヨシノ",
                "はなこ",
                "hana@example.net",
                LocalDate.of(2025, 3, 31),
                List.of("DIRECTORY", "REHIRE_OFFERS"));

        byte[] file = MemberFileCsv.write(List.of(member), MemberFileCsvTest::label);

        String line = new String(file, StandardCharsets.UTF_8).split("\r\n")[1];
        assertEquals(
                "E-1,𠮷野,\"'=HYPERLINK(\"\"http://x\"\")\",ヨシノ,はなこ,hana@example.net,2025-03-31,"
                        + "【DIRECTORY】 / 【REHIRE_OFFERS】",
                line);
    }
}
