package jp.kizuna.alumni.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import jp.kizuna.alumni.consultation.EngageTestData;
import jp.kizuna.alumni.it.AsHrAdmin;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.ReceivedMail;
import jp.kizuna.alumni.it.ServiceTest;
import jp.kizuna.alumni.it.TestMailbox;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.network.NetworkTestData;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import jp.kizuna.alumni.shared.BusinessException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Event invites as a registrant's calendar receives them through the real SMTP server: the seat
 * brings a REQUEST, a move an update with the same UID and a higher SEQUENCE, the cancellation a
 * CANCEL with a higher one still; nobody's invite shows another registrant's address.
 */
class EventInvitesIT extends ServiceTest {

    private static final ZoneId COMPANY = ZoneId.of(System.getenv().getOrDefault("ALUMNI_TIME_ZONE", "Asia/Tokyo"));

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = TestMailbox.addedTo(
                Deployments.applicationWith(EventInvitesIT.class, NetworkTestData.class, EngageTestData.class));
        ear.getAsType(WebArchive.class, "alumni-test.war").addClass(ReceivedMail.class);
        return ear;
    }

    @EJB
    AsHrAdmin hr;

    @Inject
    NetworkTestData network;

    @Inject
    EventCalendar calendar;

    private static VEvent event(Calendar calendar) {
        return (VEvent) calendar.getComponent("VEVENT").orElseThrow();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    @Test
    void seatMoveAndCancellationUpdateOneCalendarEntry() throws Exception {
        AlumnusProfile yamada =
                network.member("alumni.yamada", "EV-INV", EnumSet.of(ConsentPurpose.NEWS_EVENTS), null, "山田", "太郎");
        String address = yamada.getPerson().getPersonalEmail();
        LocalDateTime start = LocalDateTime.now(COMPANY)
                .truncatedTo(ChronoUnit.DAYS)
                .plusDays(10)
                .withHour(18)
                .withMinute(30);
        AlumniEvent party =
                hr.call(() -> calendar.schedule("アルムナイ交流会 " + yamada.getId(), "年に一度の交流会", start, "本社 1F ホール", 30));
        try (TestMailbox mailbox = new TestMailbox()) {
            alumnus.run(() -> calendar.attend(party.getId()));
            MimeMessage seat = ReceivedMail.awaitTo(mailbox, address, 1).get(0);
            assertTrue(ReceivedMail.calendarContentType(seat)
                    .toLowerCase(Locale.ROOT)
                    .contains("method=request"));
            Calendar first = ReceivedMail.calendarOf(seat);
            assertEquals(
                    "REQUEST", first.getProperty(Property.METHOD).orElseThrow().getValue());
            String uid = value(event(first), Property.UID);
            assertEquals("0", value(event(first), Property.SEQUENCE));
            assertEquals(
                    start.atZone(COMPANY).toInstant(),
                    ((ZonedDateTime) event(first).getDateTimeStart().getDate()).toInstant());
            assertEquals(
                    start.plusMinutes(AlumniEvent.DEFAULT_MINUTES)
                            .atZone(COMPANY)
                            .toInstant(),
                    ((ZonedDateTime) event(first).getDateTimeEnd().getDate()).toInstant());
            assertEquals(
                    List.of("mailto:" + address),
                    event(first).getProperties(Property.ATTENDEE).stream()
                            .map(p -> p.getValue())
                            .toList(),
                    "only the registrant themselves");

            LocalDateTime later = start.plusDays(1);
            hr.run(() -> calendar.move(party.getId(), later, "本社 2F 会議室"));
            Calendar moved = ReceivedMail.calendarOf(
                    ReceivedMail.awaitTo(mailbox, address, 2).get(1));
            assertEquals(
                    "REQUEST", moved.getProperty(Property.METHOD).orElseThrow().getValue());
            assertEquals(uid, value(event(moved), Property.UID), "the same entry, not a second one");
            assertEquals("1", value(event(moved), Property.SEQUENCE));
            assertEquals(
                    later.atZone(COMPANY).toInstant(),
                    ((ZonedDateTime) event(moved).getDateTimeStart().getDate()).toInstant());
            assertEquals("本社 2F 会議室", value(event(moved), Property.LOCATION));

            hr.run(() -> calendar.cancel(party.getId()));
            MimeMessage cancelMail = ReceivedMail.awaitTo(mailbox, address, 3).get(2);
            assertTrue(ReceivedMail.calendarContentType(cancelMail)
                    .toLowerCase(Locale.ROOT)
                    .contains("method=cancel"));
            Calendar cancelled = ReceivedMail.calendarOf(cancelMail);
            assertEquals(
                    "CANCEL",
                    cancelled.getProperty(Property.METHOD).orElseThrow().getValue());
            assertEquals(uid, value(event(cancelled), Property.UID));
            assertEquals("2", value(event(cancelled), Property.SEQUENCE));
            assertEquals("CANCELLED", value(event(cancelled), Property.STATUS));

            // Cancelling twice sends nothing more and changes nothing.
            hr.run(() -> calendar.cancel(party.getId()));
            assertEquals(3, ReceivedMail.awaitTo(mailbox, address, 3).size());
        }
        assertEquals(
                "event.cancelled",
                assertThrows(
                                BusinessException.class,
                                () -> hr.run(() -> calendar.move(party.getId(), start.plusDays(2), "x")))
                        .getKey());
        String download = alumnus.call(() -> calendar.calendarFile(party.getId(), Locale.JAPANESE));
        assertTrue(download.contains("METHOD:CANCEL"), "the download agrees with the last mail");
    }

    @Test
    void anOnlineEventGivesItsLinkToRegistrantsInTheirLanguageAndRefusesLinksThatAreNotHttps() throws Exception {
        AlumnusProfile anna = network.member(
                "alumni.yamada", "EV-ONL", EnumSet.of(ConsentPurpose.NEWS_EVENTS), null, "Smith", "Anna");
        network.prefers(anna.getPerson().getId(), Locale.ENGLISH);
        String address = anna.getPerson().getPersonalEmail();
        LocalDateTime start = LocalDateTime.now(COMPANY)
                .truncatedTo(ChronoUnit.DAYS)
                .plusDays(14)
                .withHour(20);
        for (String bad : List.of(
                "http://meet.example.com/x",
                "javascript:alert(1)",
                "https://",
                "meet.example.com/x",
                "https://meet.example.com/a b",
                "https://someone@evil.example/x")) {
            BusinessException refused = assertThrows(
                    BusinessException.class,
                    () -> hr.call(() -> calendar.schedule("オンライン交流会", null, null, null, start, "オンライン", bad, 50)),
                    bad);
            assertEquals("event.online-url.invalid", refused.getKey(), bad);
            assertTrue(refused.getMessage(Locale.JAPANESE).contains("https"), refused.getMessage(Locale.JAPANESE));
        }
        String link = "https://meet.example.com/alumni-" + anna.getId() + "?pwd=a1b2";
        String title = "オンライン交流会 " + anna.getId();
        String english = "Online meetup " + anna.getId();
        AlumniEvent online = hr.call(() -> calendar.schedule(
                title, "ご自宅から参加できます", english, "Join from home", start, "オンライン", "  " + link + " ", 50));
        assertEquals(link, online.getOnlineUrl(), "kept as typed, without the spaces around it");
        assertEquals(title, online.title(Locale.JAPANESE));
        assertEquals(english, online.title(Locale.ENGLISH));
        try (TestMailbox mailbox = new TestMailbox()) {
            alumnus.run(() -> calendar.attend(online.getId()));
            MimeMessage seat = ReceivedMail.awaitTo(mailbox, address, 1).get(0);
            assertTrue(seat.getSubject().contains(english), seat.getSubject());
            assertTrue(ReceivedMail.textOf(seat).contains("Join online: " + link), ReceivedMail.textOf(seat));
            Calendar invite = ReceivedMail.calendarOf(seat);
            assertEquals(english, value(event(invite), Property.SUMMARY));
            assertEquals("Join from home", value(event(invite), Property.DESCRIPTION));
            assertEquals(link, value(event(invite), Property.URL));
            assertEquals("オンライン / " + link, value(event(invite), Property.LOCATION));

            String moved = "https://meet.example.com/new-" + anna.getId();
            hr.run(() -> calendar.move(online.getId(), start, "オンライン", moved));
            Calendar update = ReceivedMail.calendarOf(
                    ReceivedMail.awaitTo(mailbox, address, 2).get(1));
            assertEquals("1", value(event(update), Property.SEQUENCE));
            assertEquals(moved, value(event(update), Property.URL), "a new link reaches the calendar as an update");
        }
        assertEquals(
                "event.online-url.invalid",
                assertThrows(
                                BusinessException.class,
                                () -> hr.run(
                                        () -> calendar.move(online.getId(), start, "オンライン", "ftp://files.example.com")))
                        .getKey());
    }

    @Test
    void givingTheSeatBackCancelsTheCalendarEntry() throws Exception {
        AlumnusProfile yamada =
                network.member("alumni.yamada", "EV-INV", EnumSet.of(ConsentPurpose.NEWS_EVENTS), null, "山田", "太郎");
        LocalDateTime start = LocalDateTime.now(COMPANY)
                .truncatedTo(ChronoUnit.DAYS)
                .plusDays(12)
                .withHour(19);
        AlumniEvent small = hr.call(() -> calendar.schedule("少人数勉強会 " + yamada.getId(), null, start, "オンライン", 1));
        try (TestMailbox mailbox = new TestMailbox()) {
            alumnus.run(() -> calendar.attend(small.getId()));
            ReceivedMail.awaitTo(mailbox, yamada.getPerson().getPersonalEmail(), 1);
            alumnus.run(() -> calendar.cancelAttendance(small.getId()));
            MimeMessage released = ReceivedMail.awaitTo(
                            mailbox, yamada.getPerson().getPersonalEmail(), 2)
                    .get(1);
            assertEquals(
                    "CANCEL",
                    ReceivedMail.calendarOf(released)
                            .getProperty(Property.METHOD)
                            .orElseThrow()
                            .getValue());
        }
        assertEquals(
                "event.no-seat",
                assertThrows(
                                BusinessException.class,
                                () -> alumnus.call(() -> calendar.calendarFile(small.getId(), Locale.JAPANESE)))
                        .getKey());
        assertFalse(hr.call(() -> calendar.attendees(small.getId())).stream()
                .anyMatch(r -> r.getStatus() == RsvpStatus.GOING));
    }
}
