package jp.kizuna.alumni.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import jp.kizuna.alumni.shared.BusinessException;
import org.junit.jupiter.api.Test;

class AlumniEventTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 7, 1, 19, 0);

    @Test
    void seatsUpToCapacityThenWaitingList() {
        AlumniEvent event = new AlumniEvent("同窓会", null, START, "Tokyo", 2, "hr");
        assertEquals(RsvpStatus.GOING, event.seatFor(0));
        assertEquals(RsvpStatus.GOING, event.seatFor(1));
        assertEquals(RsvpStatus.WAITLISTED, event.seatFor(2));
    }

    @Test
    void answersCloseAtTheStartOrOnCancellation() {
        AlumniEvent event = new AlumniEvent("Meetup", null, START, "Osaka", 10, "hr");
        assertTrue(event.acceptsAnswers(START.minusMinutes(1)));
        assertFalse(event.acceptsAnswers(START));
        event.cancel();
        assertFalse(event.acceptsAnswers(START.minusDays(1)));
    }

    @Test
    void capacityMustBePositive() {
        assertThrows(BusinessException.class, () -> new AlumniEvent("x", null, START, "Tokyo", 0, "hr"));
    }

    @Test
    void anEnglishReaderGetsTheEnglishTextAndTheJapaneseOneWhenNoneWasWritten() {
        AlumniEvent event = new AlumniEvent("交流会", "本社で開催", START, "Tokyo", 10, "hr");
        event.inEnglish("Meetup", null);
        assertEquals("Meetup", event.title(java.util.Locale.ENGLISH));
        assertEquals("本社で開催", event.description(java.util.Locale.ENGLISH), "no English description: the Japanese one");
        assertEquals("交流会", event.title(java.util.Locale.JAPANESE));
    }

    @Test
    void theOnlineLinkIsACompleteHttpsAddress() {
        AlumniEvent event = new AlumniEvent("交流会", null, START, "オンライン", 10, "hr");
        event.meetOnline(" https://meet.example.com/j/123?pwd=x ");
        assertEquals("https://meet.example.com/j/123?pwd=x", event.getOnlineUrl());
        event.meetOnline(" ");
        assertEquals(null, event.getOnlineUrl(), "blank removes the link");
        for (String bad : new String[] {
            "http://meet.example.com",
            "https://",
            "mailto:hr@example.com",
            "//meet.example.com",
            "https://a b.example.com",
            "https://user:pw@meet.example.com",
            "https://x.example/" + "a".repeat(500)
        }) {
            assertThrows(BusinessException.class, () -> event.meetOnline(bad), bad);
        }
    }
}
