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
}
