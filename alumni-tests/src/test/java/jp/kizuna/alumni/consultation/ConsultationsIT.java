package jp.kizuna.alumni.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import jp.kizuna.alumni.it.AsHrAdmin;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.ReceivedMail;
import jp.kizuna.alumni.it.ServiceTest;
import jp.kizuna.alumni.it.TestMailbox;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.network.AlumnusProfiles;
import jp.kizuna.alumni.network.NetworkTestData;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.subjectaccess.PersonalDataReport;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Casual consultations as the alumnus and HR use them, with the mails and calendar invites the
 * real SMTP server receives: the invite names the agreed moment in the company's zone, a moved
 * meeting keeps its UID with a higher SEQUENCE, a cancellation is a METHOD:CANCEL of the same UID.
 */
class ConsultationsIT extends ServiceTest {

    /** The company's zone as the server sees it (ALUMNI_TIME_ZONE, default Asia/Tokyo). */
    private static final ZoneId COMPANY = ZoneId.of(System.getenv().getOrDefault("ALUMNI_TIME_ZONE", "Asia/Tokyo"));

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = TestMailbox.addedTo(
                Deployments.applicationWith(ConsultationsIT.class, NetworkTestData.class, EngageTestData.class));
        ear.getAsType(org.jboss.shrinkwrap.api.spec.WebArchive.class, "alumni-test.war")
                .addClass(ReceivedMail.class);
        return ear;
    }

    @EJB
    AsHrAdmin hr;

    @Inject
    NetworkTestData network;

    @Inject
    EngageTestData data;

    @Inject
    Consultations consultations;

    @Inject
    AlumnusProfiles profiles;

    @Inject
    PersonalDataReport report;

    private AlumnusProfile yamada() {
        return network.member("alumni.yamada", "CONS-DEV", EnumSet.of(ConsentPurpose.REHIRE_OFFERS), null, "山田", "太郎");
    }

    private static LocalDateTime inDays(int days, int hour) {
        return LocalDateTime.now(COMPANY)
                .truncatedTo(ChronoUnit.DAYS)
                .plusDays(days)
                .withHour(hour);
    }

    private static VEvent event(Calendar calendar) {
        return (VEvent) calendar.getComponent("VEVENT").orElseThrow();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    @Test
    void requestOfferPickInvitesBothAndAMoveAndACancelUpdateTheSameCalendarEntry() throws Exception {
        AlumnusProfile member = yamada();
        String memberMail = member.getPerson().getPersonalEmail();
        String hostMail = "host-" + member.getId() + "@example.co.jp";
        data.hrHost(hostMail, Locale.ENGLISH);
        try (TestMailbox mailbox = new TestMailbox()) {
            Consultation asked =
                    alumnus.call(() -> consultations.request(ConsultationTopic.RETURN, true, "復職の可能性について"));
            assertEquals(Consultation.Status.REQUESTED, asked.getStatus());
            assertTrue(
                    hr.call(() -> consultations.pipeline(false)).stream()
                            .anyMatch(c -> c.getId().equals(asked.getId())),
                    "the request is in HR's pipeline");

            LocalDateTime first = inDays(3, 10);
            hr.run(() -> consultations.offer(
                    asked.getId(),
                    List.of(
                            new SlotOffer(first, first.plusMinutes(30)),
                            new SlotOffer(first.plusDays(1), first.plusDays(1).plusMinutes(30))),
                    "本社 5F 会議室A"));
            MimeMessage offered = ReceivedMail.awaitTo(mailbox, memberMail, 1).get(0);
            assertTrue(ReceivedMail.textOf(offered).contains("2 件"), ReceivedMail.textOf(offered));

            Consultation mine = alumnus.call(() -> consultations.mine()).stream()
                    .filter(c -> c.getId().equals(asked.getId()))
                    .findFirst()
                    .orElseThrow();
            assertEquals(Consultation.Status.SLOTS_OFFERED, mine.getStatus());
            assertEquals(2, mine.getSlots().size());
            long firstSlot = mine.getSlots().get(0).getId();
            alumnus.run(() -> consultations.pick(asked.getId(), firstSlot));

            // Both receive the invite: the alumnus in Japanese, the host in English; one meeting, one UID.
            Calendar toMember = ReceivedMail.calendarOf(
                    ReceivedMail.awaitTo(mailbox, memberMail, 1, m -> ReceivedMail.calendarOrNull(m) != null)
                            .get(0));
            MimeMessage hostInvite = ReceivedMail.awaitTo(mailbox, hostMail, 1).get(0);
            Calendar toHost = ReceivedMail.calendarOf(hostInvite);
            assertTrue(ReceivedMail.calendarContentType(hostInvite)
                    .toLowerCase(Locale.ROOT)
                    .contains("method=request"));
            for (Calendar invite : List.of(toMember, toHost)) {
                assertEquals(
                        "REQUEST",
                        invite.getProperty(Property.METHOD).orElseThrow().getValue());
                VEvent meeting = event(invite);
                assertEquals(data.consultation(asked.getId()).getCalendarUid(), value(meeting, Property.UID));
                assertEquals("0", value(meeting, Property.SEQUENCE));
                ZonedDateTime start = (ZonedDateTime) meeting.getDateTimeStart().getDate();
                assertEquals(
                        first.atZone(COMPANY).toInstant(),
                        start.toInstant(),
                        "the agreed moment, whatever the reader's zone");
                assertEquals(
                        COMPANY.getId(),
                        meeting.getDateTimeStart()
                                .getParameter("TZID")
                                .orElseThrow()
                                .getValue(),
                        "written in the company's zone");
                assertEquals("本社 5F 会議室A", value(meeting, Property.LOCATION));
                List<String> attendees = meeting.getProperties(Property.ATTENDEE).stream()
                        .map(p -> p.getValue())
                        .toList();
                assertTrue(
                        attendees.contains("mailto:" + memberMail) && attendees.contains("mailto:" + hostMail),
                        attendees.toString());
            }
            assertTrue(value(event(toMember), Property.SUMMARY).contains("復職"), "the alumnus reads Japanese");
            assertTrue(value(event(toHost), Property.SUMMARY).contains("Returning"), "the host reads English");

            // HR moves the meeting: new slots, the alumnus picks again, the calendars update the same entry.
            LocalDateTime moved = inDays(5, 15);
            hr.run(() ->
                    consultations.offer(asked.getId(), List.of(new SlotOffer(moved, moved.plusMinutes(45))), "Teams"));
            long movedSlot = alumnus.call(() -> consultations.mine()).stream()
                    .filter(c -> c.getId().equals(asked.getId()))
                    .findFirst()
                    .orElseThrow()
                    .getSlots()
                    .get(0)
                    .getId();
            alumnus.run(() -> consultations.pick(asked.getId(), movedSlot));
            Calendar update = ReceivedMail.calendarOf(
                    ReceivedMail.awaitTo(mailbox, hostMail, 2).get(1));
            assertEquals(data.consultation(asked.getId()).getCalendarUid(), value(event(update), Property.UID));
            assertEquals("1", value(event(update), Property.SEQUENCE));
            assertEquals(
                    moved.atZone(COMPANY).toInstant(),
                    ((ZonedDateTime) event(update).getDateTimeStart().getDate()).toInstant());

            // The alumnus cancels: both calendars get a CANCEL of the same UID with a higher SEQUENCE.
            alumnus.run(() -> consultations.cancel(asked.getId(), "予定が合わなくなりました"));
            Calendar cancel = ReceivedMail.calendarOf(
                    ReceivedMail.awaitTo(mailbox, hostMail, 3).get(2));
            assertEquals(
                    "CANCEL", cancel.getProperty(Property.METHOD).orElseThrow().getValue());
            assertEquals("2", value(event(cancel), Property.SEQUENCE));
            assertEquals(data.consultation(asked.getId()).getCalendarUid(), value(event(cancel), Property.UID));
            Calendar memberCancel = ReceivedMail.calendarOf(
                    ReceivedMail.awaitTo(mailbox, memberMail, 3, m -> ReceivedMail.calendarOrNull(m) != null)
                            .get(2));
            assertEquals(
                    "CANCEL",
                    memberCancel.getProperty(Property.METHOD).orElseThrow().getValue());
        }
        assertFalse(
                hr.call(() -> consultations.pipeline(false)).stream()
                        .anyMatch(c -> c.getId() != null && c.getStatus() == Consultation.Status.CANCELLED),
                "closed requests leave the open pipeline");
        List<Consultation> history =
                hr.call(() -> consultations.historyOf(member.getPerson().getId()));
        assertEquals(1, history.size());
        assertEquals(Consultation.Status.CANCELLED, history.get(0).getStatus());
        assertEquals("予定が合わなくなりました", history.get(0).getCloseNote());
        assertEquals("alumni.yamada", history.get(0).getClosedBy());
    }

    @Test
    void theDownloadableInviteIsTheAgreedMeeting() throws Exception {
        yamada();
        data.hrHost("host-dl@example.co.jp", Locale.JAPANESE);
        Consultation asked = alumnus.call(() -> consultations.request(ConsultationTopic.SIDE_JOB, false, null));
        assertEquals(
                "consultation.no-meeting",
                assertThrows(
                                BusinessException.class,
                                () -> alumnus.call(() -> consultations.calendarFile(asked.getId(), Locale.JAPANESE)))
                        .getKey());
        LocalDateTime at = inDays(2, 9);
        hr.run(() -> consultations.offer(asked.getId(), List.of(new SlotOffer(at, at.plusMinutes(30))), null));
        long slot = data.consultation(asked.getId()).getSlots().get(0).getId();
        alumnus.run(() -> consultations.pick(asked.getId(), slot));
        String ics = alumnus.call(() -> consultations.calendarFile(asked.getId(), Locale.ENGLISH));
        Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(ics));
        assertEquals(
                at.atZone(COMPANY).toInstant(),
                ((ZonedDateTime) event(calendar).getDateTimeStart().getDate()).toInstant());
        assertTrue(value(event(calendar), Property.SUMMARY).contains("Side job"));
        assertNotNull(
                hr.call(() -> consultations.calendarFile(asked.getId(), Locale.JAPANESE)), "HR may download it too");
    }

    @Test
    void anotherMembersConsultationIsNotEvenConfirmedToExist() throws Exception {
        yamada();
        AlumnusProfile other = network.member(null, "CONS-DEV", EnumSet.noneOf(ConsentPurpose.class), null, "他人", "次郎");
        Consultation theirs = data.consultationOf(other.getId());
        LocalDateTime at = inDays(2, 11);
        hr.run(() -> consultations.offer(theirs.getId(), List.of(new SlotOffer(at, at.plusMinutes(30))), null));
        long slot = data.consultation(theirs.getId()).getSlots().get(0).getId();
        for (org.junit.jupiter.api.function.Executable attempt : List.<org.junit.jupiter.api.function.Executable>of(
                () -> alumnus.run(() -> consultations.pick(theirs.getId(), slot)),
                () -> alumnus.run(() -> consultations.cancel(theirs.getId(), null)),
                () -> alumnus.run(() -> consultations.askForAnotherTime(theirs.getId(), null)),
                () -> alumnus.run(() -> consultations.calendarFile(theirs.getId(), Locale.JAPANESE)))) {
            assertEquals(
                    "consultation.unknown",
                    assertThrows(BusinessException.class, attempt).getKey());
        }
        assertEquals(
                Consultation.Status.SLOTS_OFFERED,
                data.consultation(theirs.getId()).getStatus(),
                "nothing changed");
        assertFalse(alumnus.call(() -> consultations.mine()).stream()
                .anyMatch(c -> c.getId().equals(theirs.getId())));
    }

    @Test
    void badSlotsAreRefusedInTheReadersLanguageAndTheOfferStaysAsItWas() throws Exception {
        yamada();
        Consultation asked = alumnus.call(() -> consultations.request(ConsultationTopic.COLLABORATION, false, "協業の相談"));
        LocalDateTime past = LocalDateTime.now(COMPANY).minusHours(1);
        BusinessException inPast = assertThrows(
                BusinessException.class,
                () -> hr.run(() ->
                        consultations.offer(asked.getId(), List.of(new SlotOffer(past, past.plusMinutes(30))), null)));
        assertEquals("consultation.slot.in-past", inPast.getKey());
        assertTrue(inPast.getMessage(Locale.JAPANESE).contains("既に過ぎています"));
        LocalDateTime at = inDays(2, 14);
        assertEquals(
                "consultation.slot.ends-before-start",
                assertThrows(
                                BusinessException.class,
                                () -> hr.run(() -> consultations.offer(
                                        asked.getId(), List.of(new SlotOffer(at, at.minusMinutes(30))), null)))
                        .getKey());
        assertEquals(
                "consultation.slot.duplicate",
                assertThrows(
                                BusinessException.class,
                                () -> hr.run(() -> consultations.offer(
                                        asked.getId(),
                                        List.of(
                                                new SlotOffer(at, at.plusMinutes(30)),
                                                new SlotOffer(at, at.plusMinutes(60))),
                                        null)))
                        .getKey());
        assertEquals(
                "consultation.slots.required",
                assertThrows(
                                BusinessException.class,
                                () -> hr.run(() -> consultations.offer(asked.getId(), List.of(), null)))
                        .getKey());
        Consultation unchanged = data.consultation(asked.getId());
        assertEquals(Consultation.Status.REQUESTED, unchanged.getStatus());
        assertTrue(unchanged.getSlots().isEmpty());
        assertEquals(
                "consultation.pick.not-offered",
                assertThrows(BusinessException.class, () -> alumnus.run(() -> consultations.pick(asked.getId(), 1L)))
                        .getKey());
    }

    @Test
    void subjectAccessShowsTheConsultationsAndErasureRemovesThem() throws Exception {
        AlumnusProfile member = yamada();
        alumnus.run(() -> consultations.request(ConsultationTopic.RETURN, false, "戻れるか相談したい"));
        JsonObject copy = alumnus.call(() -> report.mine());
        JsonArray listed = copy.getJsonArray("consultations");
        assertEquals(1, listed.size());
        assertEquals("RETURN", listed.getJsonObject(0).getString("topic"));
        assertEquals("戻れるか相談したい", listed.getJsonObject(0).getString("yourNote"));

        alumnus.run(() -> profiles.eraseMe());
        assertEquals(
                0,
                data.count(
                        "select count(c) from Consultation c where c.alumnus.person.id = :p",
                        member.getPerson().getId()));
        assertEquals(
                0,
                hr.call(() -> consultations.historyOf(member.getPerson().getId()))
                        .size());
    }

    @Test
    void aMemberCannotFloodHrWithOpenRequests() throws Exception {
        yamada();
        for (int i = 0; i < Consultations.MAX_OPEN_PER_MEMBER; i++) {
            alumnus.run(() -> consultations.request(ConsultationTopic.OTHER, false, null));
        }
        assertEquals(
                "consultation.too-many-open",
                assertThrows(
                                BusinessException.class,
                                () -> alumnus.run(() -> consultations.request(ConsultationTopic.OTHER, false, null)))
                        .getKey());
    }
}
