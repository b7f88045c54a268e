package jp.kizuna.alumni.offboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.ReceivedMail;
import jp.kizuna.alumni.it.ServiceTest;
import jp.kizuna.alumni.it.TestMailbox;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** A manager schedules an exit interview: the leaver and the manager each receive the day's invite, and nothing confidential. */
class InterviewInvitesIT extends ServiceTest {

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear =
                TestMailbox.addedTo(Deployments.applicationWith(InterviewInvitesIT.class, OffboardingFixture.class));
        ear.getAsType(WebArchive.class, "alumni-test.war").addClass(ReceivedMail.class);
        return ear;
    }

    @Inject
    OffboardingCases cases;

    @Inject
    ExitInterviews interviews;

    @Test
    void theLeaverAndTheInterviewerReceiveTheSameDayEntry() throws Exception {
        OffboardingFixture fixture = new OffboardingFixture(em, transaction);
        Employee sato = fixture.person("manager.sato", "佐藤", "健");
        Department department = fixture.department("INV");
        Employee leaver = fixture.report(sato, department);
        String leaverMail = "leaver-" + leaver.getId() + "@example.net";
        String managerMail = "sato-" + leaver.getId() + "@example.co.jp";
        fixture.reachableAt(leaver, leaverMail, null, Locale.JAPANESE);
        fixture.reachableAt(sato, null, managerMail, Locale.ENGLISH);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        long caseId = manager.call(() -> cases.openCase(new ResignationNotice(
                        leaver.getEmployeeNumber(), today, today.plusDays(40), "一身上の都合（機密）", NoticeSource.MANAGER)))
                .getId();
        LocalDate day = today.plusDays(5);
        try (TestMailbox mailbox = new TestMailbox()) {
            long interviewId = manager.call(() -> interviews.schedule(caseId, InterviewKind.MANAGER, day, null))
                    .getId();
            for (String address : List.of(leaverMail, managerMail)) {
                MimeMessage mail = ReceivedMail.awaitTo(
                                mailbox, address, 1, m -> ReceivedMail.calendarOrNull(m) != null)
                        .get(0);
                Calendar invite = ReceivedMail.calendarOf(mail);
                assertEquals(
                        "REQUEST",
                        invite.getProperty(Property.METHOD).orElseThrow().getValue());
                VEvent entry = (VEvent) invite.getComponent("VEVENT").orElseThrow();
                assertEquals(
                        "interview-" + interviewId + "@alumni.kizuna.jp",
                        entry.getProperty(Property.UID).orElseThrow().getValue());
                assertEquals(day, entry.getDateTimeStart().getDate(), "a day entry on the scheduled day");
                List<String> attendees = entry.getProperties(Property.ATTENDEE).stream()
                        .map(p -> p.getValue())
                        .toList();
                assertTrue(
                        attendees.contains("mailto:" + leaverMail) && attendees.contains("mailto:" + managerMail),
                        attendees.toString());
                assertFalse(ReceivedMail.textOf(mail).contains("機密"), "the stated reason stays out of the mail");
            }
            assertTrue(
                    ReceivedMail.textOf(ReceivedMail.awaitTo(mailbox, managerMail, 1)
                                    .get(0))
                            .contains("Conversation with the manager"),
                    "the manager reads English");
        }
    }
}
