package jp.kizuna.alumni.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** What a calendar program reads back from our invites: the moment, the identity and the revision. */
class ICalendarWriterTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private final ICalendarWriter writer =
            new ICalendarWriter(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), TOKYO));

    private static CalendarInvite invite(int sequence, CalendarInvite.Method method) {
        return new CalendarInvite(
                "consultation-42@alumni.kizuna.jp",
                sequence,
                method,
                LocalDateTime.of(2026, 12, 10, 14, 0),
                LocalDateTime.of(2026, 12, 10, 14, 30),
                "カジュアル面談：復職について",
                "山田さんと人事部の面談です。\n改行と, カンマ; セミコロン",
                "Teams https://example.com/meet?id=1&x=2",
                new CalendarInvite.Party("人事部 佐藤", "hr@example.co.jp"),
                List.of(new CalendarInvite.Party("山田 太郎", "yamada@example.com")));
    }

    static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    @Test
    void aRequestNamesTheMomentInTheCompanysZone() throws Exception {
        String text = writer.write(invite(0, CalendarInvite.Method.REQUEST));
        assertTrue(text.contains("\r\n"), "RFC 5545 lines end with CRLF");
        assertTrue(text.contains("DTSTART;TZID=Asia/Tokyo:20261210T140000"), text);
        Calendar calendar = parse(text);
        assertEquals(
                "REQUEST", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        assertTrue(calendar.getComponent("VTIMEZONE").isPresent(), "the zone travels with the invite");
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        assertEquals(
                "consultation-42@alumni.kizuna.jp",
                event.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals("0", event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        ZonedDateTime start = (ZonedDateTime) event.getDateTimeStart().getDate();
        assertEquals(Instant.parse("2026-12-10T05:00:00Z"), start.toInstant());
        assertEquals(
                "山田さんと人事部の面談です。\n改行と, カンマ; セミコロン",
                event.getProperty(Property.DESCRIPTION).orElseThrow().getValue(),
                "escaped text reads back unchanged");
        assertEquals(
                "mailto:yamada@example.com",
                event.getProperty(Property.ATTENDEE).orElseThrow().getValue());
        assertEquals(
                "mailto:hr@example.co.jp",
                event.getProperty(Property.ORGANIZER).orElseThrow().getValue());
    }

    @Test
    void aCancellationKeepsTheUidAndRaisesTheSequence() throws Exception {
        Calendar calendar = parse(writer.write(invite(3, CalendarInvite.Method.CANCEL)));
        assertEquals(
                "CANCEL", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        assertEquals(
                "consultation-42@alumni.kizuna.jp",
                event.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals("3", event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals(
                "CANCELLED", event.getProperty(Property.STATUS).orElseThrow().getValue());
    }

    @Test
    void longJapaneseLinesAreFoldedWithoutBreakingCharacters() throws Exception {
        String summary = "長い件名😀".repeat(40);
        CalendarInvite invite = new CalendarInvite(
                "u@x",
                0,
                CalendarInvite.Method.REQUEST,
                LocalDateTime.of(2026, 12, 10, 9, 0),
                LocalDateTime.of(2026, 12, 10, 10, 0),
                summary,
                null,
                null,
                new CalendarInvite.Party(null, "hr@example.co.jp"),
                List.of());
        String text = writer.write(invite);
        for (String line : text.split("\r\n")) {
            assertFalse(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 75, line);
        }
        VEvent event = (VEvent) parse(text).getComponent("VEVENT").orElseThrow();
        assertEquals(summary, event.getProperty(Property.SUMMARY).orElseThrow().getValue());
    }

    @Test
    void aDayWithoutATimeIsADateInEveryZone() throws Exception {
        String text = writer.write(CalendarInvite.onDay(
                "interview-7@x",
                0,
                CalendarInvite.Method.REQUEST,
                java.time.LocalDate.of(2026, 12, 24),
                "退職面談",
                null,
                new CalendarInvite.Party(null, "hr@example.co.jp"),
                List.of(new CalendarInvite.Party("佐藤", "sato@example.co.jp"))));
        assertTrue(text.contains("DTSTART;VALUE=DATE:20261224"), text);
        assertTrue(text.contains("DTEND;VALUE=DATE:20261225"), text);
        parse(text);
    }

    @Test
    void aMeetingEndsAfterItStarts() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new CalendarInvite(
                        "u",
                        0,
                        CalendarInvite.Method.REQUEST,
                        LocalDateTime.of(2026, 12, 10, 9, 0),
                        LocalDateTime.of(2026, 12, 10, 9, 0),
                        "x",
                        null,
                        null,
                        new CalendarInvite.Party(null, "a@b"),
                        List.of()));
    }
}
