package jp.kizuna.alumni.event.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import jp.kizuna.alumni.event.AlumniEvent;
import jp.kizuna.alumni.event.EventCalendar;
import jp.kizuna.alumni.it.AsAlumnus;
import jp.kizuna.alumni.it.AsHrAdmin;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.ReceivedMail;
import jp.kizuna.alumni.it.TestMailbox;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.network.NetworkTestData;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An event's update and cancellation as HR does them in the outreach screens, and as the
 * registrant's calendar receives them through the real SMTP server: hr.admin moves the event a day
 * later on the change screen and adds an online meeting link there, then calls it off through the confirmation dialog; the registrant's
 * mails carry .ics files for one calendar entry (the same UID) with a rising SEQUENCE, METHOD:REQUEST
 * for the move and METHOD:CANCEL at the end. A test-only application on the same database prepares
 * the event and the registrant's seat and reads the mailbox.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventInviteBrowserIT {

    /** Every event of this test is named so; an earlier run's leftovers are called off in the setup. */
    static final String TITLE = "E2E 招待の変更";

    /** The online meeting link HR adds on the change screen. */
    static final String LINK = "https://meet.example.com/e2e-invite?pwd=abc";

    private static final ZoneId COMPANY = ZoneId.of(System.getenv().getOrDefault("ALUMNI_TIME_ZONE", "Asia/Tokyo"));

    /** Set by the setup in the server's JVM, read there again by the mail check. */
    private static TestMailbox mailbox;

    private static String address;
    private static String uid;
    private static LocalDateTime start;

    @Deployment(name = "app", testable = false, order = 1)
    static EnterpriseArchive application() {
        return Deployments.fullApplication();
    }

    @Deployment(name = "setup", order = 2)
    static EnterpriseArchive setup() {
        EnterpriseArchive ear = TestMailbox.addedTo(Deployments.setupApplicationWith(
                "alumni-event-invite-setup", EventInviteBrowserIT.class, NetworkTestData.class));
        ear.getAsType(WebArchive.class, "alumni-test.war").addClass(ReceivedMail.class);
        return ear;
    }

    @Inject
    NetworkTestData network;

    @Inject
    EventCalendar calendar;

    @EJB
    AsHrAdmin hr;

    @EJB
    AsAlumnus alumnus;

    private static VEvent event(Calendar calendar) {
        return (VEvent) calendar.getComponent("VEVENT").orElseThrow();
    }

    private static String value(Calendar calendar, String property) {
        return event(calendar).getProperty(property).orElseThrow().getValue();
    }

    private static String method(Calendar calendar) {
        return calendar.getProperty(Property.METHOD).orElseThrow().getValue();
    }

    @Test
    @Order(1)
    @OperateOnDeployment("setup")
    void anEventWithARegistrantWhoGotTheInvite() throws Exception {
        network.sql("update alumni_event set status = 'CANCELLED' where title = ?1", TITLE);
        AlumnusProfile yamada =
                network.member("alumni.yamada", "E2E-EVI", EnumSet.of(ConsentPurpose.NEWS_EVENTS), null, "山田", "太郎");
        address = yamada.getPerson().getPersonalEmail();
        start = LocalDateTime.now(COMPANY)
                .truncatedTo(ChronoUnit.DAYS)
                .plusDays(20)
                .withHour(18)
                .withMinute(30);
        AlumniEvent party = hr.call(() -> calendar.schedule(TITLE, "招待の変更と中止の確認", start, "本社 1F ホール", 30));
        mailbox = new TestMailbox();
        alumnus.run(() -> calendar.attend(party.getId()));
        Calendar seat = ReceivedMail.calendarOf(
                ReceivedMail.awaitTo(mailbox, address, 1).get(0));
        assertEquals("REQUEST", method(seat));
        assertEquals("0", value(seat, Property.SEQUENCE));
        uid = value(seat, Property.UID);
    }

    @Test
    @Order(2)
    @RunAsClient
    @OperateOnDeployment("app")
    void hrMovesTheEventADayLaterAndThenCallsItOff() {
        EventInviteBrowserSteps.hrMovesAndCancels(TITLE);
    }

    @Test
    @Order(3)
    @OperateOnDeployment("setup")
    void theRegistrantsCalendarGetsAnUpdateAndACancellationOfTheSameEntry() throws Exception {
        try {
            List<MimeMessage> mails = ReceivedMail.awaitTo(mailbox, address, 3);
            assertTrue(ReceivedMail.calendarContentType(mails.get(1))
                    .toLowerCase(Locale.ROOT)
                    .contains("method=request"));
            Calendar moved = ReceivedMail.calendarOf(mails.get(1));
            assertEquals("REQUEST", method(moved));
            assertEquals(uid, value(moved, Property.UID), "the same calendar entry, not a second one");
            assertEquals("1", value(moved, Property.SEQUENCE));
            assertEquals(
                    start.plusDays(1).atZone(COMPANY).toInstant(),
                    ((ZonedDateTime) event(moved).getDateTimeStart().getDate()).toInstant(),
                    "the new time HR typed");
            assertEquals(LINK, value(moved, Property.URL), "the online link HR added");
            assertEquals("本社 1F ホール / " + LINK, value(moved, Property.LOCATION));
            assertTrue(
                    ReceivedMail.textOf(mails.get(1)).contains("オンライン参加：" + LINK), ReceivedMail.textOf(mails.get(1)));

            assertTrue(ReceivedMail.calendarContentType(mails.get(2))
                    .toLowerCase(Locale.ROOT)
                    .contains("method=cancel"));
            Calendar cancelled = ReceivedMail.calendarOf(mails.get(2));
            assertEquals("CANCEL", method(cancelled));
            assertEquals(uid, value(cancelled, Property.UID));
            assertEquals("2", value(cancelled, Property.SEQUENCE));
            assertEquals("CANCELLED", value(cancelled, Property.STATUS));
        } finally {
            mailbox.close();
        }
    }
}
