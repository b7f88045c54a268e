package jp.kizuna.alumni.web.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import jp.kizuna.alumni.integration.HrFile;
import org.junit.jupiter.api.Test;

/** The encoding HR picks on the import screen, as the import reads the file. */
class ImportsViewTest {

    @Test
    void automaticDetectionUnlessHrNamesTheEncoding() {
        assertNull(ImportsView.charset(null), "nothing chosen: the import detects it");
        assertNull(ImportsView.charset("AUTO"));
        assertEquals(StandardCharsets.UTF_8, ImportsView.charset("UTF-8"));
        assertEquals(HrFile.SHIFT_JIS, ImportsView.charset("SHIFT_JIS"));
        assertEquals(
                "windows-31j",
                HrFile.SHIFT_JIS.name().toLowerCase(java.util.Locale.ROOT),
                "Shift_JIS as Windows writes it (MS932), so ① and 髙 are read");
    }
}
