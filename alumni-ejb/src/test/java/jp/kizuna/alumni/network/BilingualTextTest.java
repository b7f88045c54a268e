package jp.kizuna.alumni.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import jp.kizuna.alumni.shared.BusinessException;
import org.junit.jupiter.api.Test;

class BilingualTextTest {

    @Test
    void eachReaderGetsTheirLanguageWhenBothWereWritten() {
        BilingualText both = new BilingualText(" 交流会 ", "本文", "Reunion", "Text");
        assertEquals("交流会", both.title(Locale.JAPANESE));
        assertEquals("本文", both.body(Locale.JAPANESE));
        assertEquals("Reunion", both.title(Locale.ENGLISH));
        assertEquals("Text", both.body(Locale.ENGLISH));
        assertEquals("Reunion", both.title(Locale.GERMAN), "other languages read English");
        assertTrue(both.inBothLanguages());
    }

    @Test
    void aTextInOneLanguageIsShownToEveryone() {
        BilingualText japanese = BilingualText.japaneseOnly("交流会", "本文");
        assertEquals("交流会", japanese.title(Locale.ENGLISH));
        BilingualText english = new BilingualText("", " ", "Reunion", "Text");
        assertEquals("Reunion", english.title(Locale.JAPANESE));
        assertEquals("Text", english.body(Locale.JAPANESE));
        assertFalse(english.inBothLanguages());
    }

    @Test
    void aHeadlineWithoutTextOrNothingAtAllIsRefused() {
        assertEquals(
                "network.text.incomplete",
                assertThrows(BusinessException.class, () -> new BilingualText(null, null, null, null))
                        .getKey());
        assertEquals(
                "network.text.incomplete",
                assertThrows(BusinessException.class, () -> new BilingualText("交流会", null, "Reunion", "Text"))
                        .getKey());
        assertThrows(BusinessException.class, () -> BilingualText.japaneseOnly("x".repeat(201), "本文"));
    }
}
