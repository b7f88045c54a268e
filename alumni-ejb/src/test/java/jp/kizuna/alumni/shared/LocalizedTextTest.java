package jp.kizuna.alumni.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    private final LocalizedText both = new LocalizedText("営業部", "Sales");

    @Test
    void eachReaderGetsTheirOwnLanguage() {
        assertEquals("営業部", both.in(Locale.JAPANESE));
        assertEquals("営業部", both.in(Locale.JAPAN));
        assertEquals("Sales", both.in(Locale.ENGLISH));
        assertEquals("Sales", both.in(Locale.GERMAN), "readers of other languages read English");
    }

    @Test
    void aReaderWithoutALanguageReadsJapanese() {
        assertEquals("営業部", both.in(null));
    }

    @Test
    void theOtherLanguageRatherThanNothing() {
        assertEquals("説明会", new LocalizedText("説明会", null).in(Locale.ENGLISH));
        assertEquals("Open day", new LocalizedText(null, "Open day").in(Locale.JAPANESE));
        assertNull(new LocalizedText(null, null).in(Locale.ENGLISH));
        assertEquals("説明会", LocalizedText.in(Locale.ENGLISH, "説明会", null));
    }

    @Test
    void namesNeedBothLanguages() {
        assertThrows(NullPointerException.class, () -> LocalizedText.both("営業部", null));
        assertEquals(both, LocalizedText.both("営業部", "Sales"));
    }
}
