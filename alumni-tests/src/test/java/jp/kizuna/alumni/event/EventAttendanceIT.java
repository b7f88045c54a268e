package jp.kizuna.alumni.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import jp.kizuna.alumni.consultation.EngageTestData;
import jp.kizuna.alumni.it.AsAlumnus;
import jp.kizuna.alumni.it.AsHrAdmin;
import jp.kizuna.alumni.it.AsOtherAlumnus;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.network.NetworkTestData;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.subjectaccess.PersonalDataReport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attendance on the event's day: HR's check-in list holds everyone with a seat and how often each
 * came before; checking in works on the day only and for seat holders only, can be taken back,
 * makes a second-time visitor a repeat visitor for HR, and is in the member's copy of their data.
 */
@ExtendWith(ArquillianExtension.class)
class EventAttendanceIT {

    private static final ZoneId COMPANY = ZoneId.of(System.getenv().getOrDefault("ALUMNI_TIME_ZONE", "Asia/Tokyo"));

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear =
                Deployments.applicationWith(EventAttendanceIT.class, NetworkTestData.class, EngageTestData.class);
        ear.getAsType(WebArchive.class, "alumni-test.war").addClass(AsOtherAlumnus.class);
        return ear;
    }

    @EJB
    AsHrAdmin hr;

    @EJB
    AsAlumnus yamada;

    @EJB
    AsOtherAlumnus smith;

    @Inject
    NetworkTestData network;

    @Inject
    EngageTestData data;

    @Inject
    EventCalendar calendar;

    @Inject
    EventAttendance attendance;

    @Inject
    PersonalDataReport report;

    @Test
    void onTheDayHrChecksInSeatHoldersAndSeesWhoKeepsComingBack() throws Exception {
        AlumnusProfile regular =
                network.member("alumni.yamada", "EVT-ATT", EnumSet.of(ConsentPurpose.NEWS_EVENTS), null, "山田", "常連");
        AlumnusProfile newcomer =
                network.member("alumni.smith", "EVT-ATT", EnumSet.of(ConsentPurpose.NEWS_EVENTS), null, "Smith", "New");
        data.attendedPastEvent(regular.getId(), 30);
        LocalDateTime now = LocalDateTime.now(COMPANY);
        // Later today (or in a minute, late in the evening): check-in is for the event's day.
        LocalDateTime startsAt = now.getHour() < 22 ? now.withHour(23).withMinute(0) : now.plusMinutes(1);
        AlumniEvent tonight = hr.call(() -> calendar.schedule("アルムナイ交流会", "今夜", startsAt, "本社 20F", 30));
        AlumniEvent nextMonth = hr.call(() -> calendar.schedule("来月の交流会", null, now.plusMonths(1), "本社 20F", 30));
        yamada.run(() -> calendar.attend(tonight.getId()));
        smith.run(() -> calendar.attend(tonight.getId()));
        yamada.run(() -> calendar.attend(nextMonth.getId()));

        List<EventAttendance.CheckInLine> list = hr.call(() -> attendance.checkInList(tonight.getId()));
        assertEquals(2, list.size(), "everyone with a seat");
        EventAttendance.CheckInLine regularLine = list.stream()
                .filter(l -> l.rsvp().getAlumnus().getId().equals(regular.getId()))
                .findFirst()
                .orElseThrow();
        EventAttendance.CheckInLine newLine = list.stream()
                .filter(l -> l.rsvp().getAlumnus().getId().equals(newcomer.getId()))
                .findFirst()
                .orElseThrow();
        assertEquals(1, regularLine.attendedBefore());
        assertEquals(0, newLine.attendedBefore());

        hr.run(() -> attendance.checkIn(regularLine.rsvp().getId()));
        hr.run(() -> attendance.checkIn(newLine.rsvp().getId()));
        hr.run(() -> attendance.undoCheckIn(newLine.rsvp().getId()));
        List<EventAttendance.CheckInLine> after = hr.call(() -> attendance.checkInList(tonight.getId()));
        assertTrue(after.stream()
                .filter(l -> l.rsvp().getAlumnus().getId().equals(regular.getId()))
                .findFirst()
                .orElseThrow()
                .rsvp()
                .isCheckedIn());
        assertFalse(
                after.stream()
                        .filter(l -> l.rsvp().getAlumnus().getId().equals(newcomer.getId()))
                        .findFirst()
                        .orElseThrow()
                        .rsvp()
                        .isCheckedIn(),
                "taken back");

        EventAttendance.RepeatVisitor visitor = hr.call(() -> attendance.repeatVisitors()).stream()
                .filter(v -> v.member().getId().equals(regular.getId()))
                .findFirst()
                .orElseThrow();
        assertEquals(2, visitor.attended());
        assertTrue(hr.call(() -> attendance.repeatVisitors()).stream()
                .noneMatch(v -> v.member().getId().equals(newcomer.getId())));

        long nextMonthSeat = hr.call(() -> attendance.checkInList(nextMonth.getId()))
                .get(0)
                .rsvp()
                .getId();
        BusinessException early =
                assertThrows(BusinessException.class, () -> hr.run(() -> attendance.checkIn(nextMonthSeat)));
        assertEquals("event.check-in.not-today", early.getKey());
        assertTrue(early.getMessage(java.util.Locale.JAPANESE).contains("当日"));

        smith.run(() -> calendar.cancelAttendance(tonight.getId()));
        assertEquals(
                "event.check-in.no-seat",
                assertThrows(
                                BusinessException.class,
                                () -> hr.run(
                                        () -> attendance.checkIn(newLine.rsvp().getId())))
                        .getKey());

        JsonObject copy = yamada.call(() -> report.mine());
        assertTrue(
                copy.getJsonArray("eventAnswers").stream()
                        .map(v -> v.asJsonObject())
                        .anyMatch(a -> "アルムナイ交流会".equals(a.getString("event")) && !a.isNull("checkedInAt")),
                "attendance is in the member's copy of their data");
    }
}
