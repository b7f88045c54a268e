package jp.kizuna.alumni.offboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.ServiceTest;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditTrail;
import jp.kizuna.alumni.shared.BusinessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Interview notes are read only at their confidentiality level, and every read is audited. */
class ExitInterviewsIT extends ServiceTest {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(ExitInterviewsIT.class, OffboardingFixture.class);
    }

    @Inject
    OffboardingCases cases;

    @Inject
    ExitInterviews interviews;

    @Inject
    AuditTrail audit;

    OffboardingFixture fixture;
    long caseId;
    LocalDate today;

    @BeforeEach
    void aCaseOfSatosReport() throws Exception {
        fixture = new OffboardingFixture(em, transaction);
        Employee sato = fixture.person("manager.sato", "佐藤", "健");
        fixture.person("hr.admin", "人事", "花子");
        Department department = fixture.department("OBI");
        Employee leaver = fixture.report(sato, department);
        today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        caseId = manager.call(() -> cases.openCase(new ResignationNotice(
                        leaver.getEmployeeNumber(),
                        today.minusDays(7),
                        today.plusDays(40),
                        "一身上の都合",
                        NoticeSource.MANAGER)))
                .getId();
    }

    InterviewRecord notes(String text, Confidentiality level, List<String> readers) {
        return new InterviewRecord(today.minusDays(1), EnumSet.allOf(InterviewGuide.class), text, level, readers);
    }

    InterviewSummary summary(List<InterviewSummary> list, long id) {
        return list.stream().filter(i -> i.id() == id).findFirst().orElseThrow();
    }

    @Test
    void managerRecordsTheirConversationAndHrReadsItWithAnAuditLine() throws Exception {
        long id = manager.call(() -> interviews.recordHeld(
                        caseId,
                        InterviewKind.MANAGER,
                        null,
                        notes("キャリアの選択肢がないと感じていた", Confidentiality.MANAGER_AND_HR, List.of())))
                .getId();

        InterviewSummary seen = summary(manager.call(() -> interviews.interviewsOf(caseId)), id);
        assertTrue(seen.held());
        assertEquals("manager.sato", seen.interviewerLogin());
        assertEquals(EnumSet.allOf(InterviewGuide.class), seen.guideCovered());
        assertEquals(
                CaseStatus.INTERVIEWS,
                hrAdmin.call(() -> cases.find(caseId)).getStatus(),
                "the first interview moves the case to INTERVIEWS");

        assertEquals("キャリアの選択肢がないと感じていた", hrAdmin.call(() -> interviews.readNotes(id)));
        List<AuditEntry> trail = hrAdmin.call(() -> audit.forSubject("ExitInterview", id));
        assertTrue(
                trail.stream()
                        .anyMatch(a -> a.getAction() == AuditEntry.Action.READ_CONFIDENTIAL
                                && a.getActor().equals("hr.admin")),
                "read recorded: " + trail);
    }

    @Test
    void hrOnlyNotesAreRefusedToTheManager() throws Exception {
        long id = hrAdmin.call(() -> interviews.recordHeld(
                        caseId, InterviewKind.HR, null, notes("上司との関係が本当の理由", Confidentiality.HR_ONLY, List.of())))
                .getId();

        InterviewSummary seenByManager = summary(manager.call(() -> interviews.interviewsOf(caseId)), id);
        assertTrue(seenByManager.hasNotes());
        assertFalse(seenByManager.notesReadable());
        BusinessException refused =
                assertThrows(BusinessException.class, () -> manager.call(() -> interviews.readNotes(id)));
        assertEquals("offboarding.notes.confidential", refused.getKey());
        assertTrue(
                hrAdmin.call(() -> audit.forSubject("ExitInterview", id)).stream()
                        .noneMatch(a -> a.getAction() == AuditEntry.Action.READ_CONFIDENTIAL),
                "a refused read reveals nothing");
        assertTrue(
                summary(hrAdmin.call(() -> interviews.interviewsOf(caseId)), id).notesReadable());
    }

    @Test
    void restrictedNotesOnlyForTheNamedHrStaff() throws Exception {
        long hidden = manager.call(() -> interviews.recordHeld(
                        caseId,
                        InterviewKind.OTHER,
                        null,
                        notes("健康上の事情", Confidentiality.HR_RESTRICTED, List.of("hr.tanaka"))))
                .getId();
        long named = manager.call(() -> interviews.recordHeld(
                        caseId,
                        InterviewKind.OTHER,
                        null,
                        notes("家族の介護", Confidentiality.HR_RESTRICTED, List.of("hr.admin"))))
                .getId();

        assertEquals("健康上の事情", manager.call(() -> interviews.readNotes(hidden)), "the interviewer reads their own");
        assertEquals(
                "offboarding.notes.confidential",
                assertThrows(BusinessException.class, () -> hrAdmin.call(() -> interviews.readNotes(hidden)))
                        .getKey());
        assertEquals("家族の介護", hrAdmin.call(() -> interviews.readNotes(named)));
        assertEquals(
                "offboarding.interview.readersRequired",
                assertThrows(
                                BusinessException.class,
                                () -> hrAdmin.call(() -> interviews.recordHeld(
                                        caseId,
                                        InterviewKind.HR,
                                        null,
                                        notes("x", Confidentiality.HR_RESTRICTED, List.of()))))
                        .getKey());
    }

    @Test
    void aManagerCannotRewriteHrsInterview() throws Exception {
        long id = hrAdmin.call(() -> interviews.schedule(caseId, InterviewKind.HR, today.minusDays(1), null))
                .getId();
        assertEquals(
                "offboarding.interview.notYours",
                assertThrows(
                                BusinessException.class,
                                () -> manager.call(() ->
                                        interviews.record(id, notes("x", Confidentiality.MANAGER_AND_HR, List.of()))))
                        .getKey());
        assertEquals(
                "offboarding.interview.followUpAutomatic",
                assertThrows(
                                BusinessException.class,
                                () -> hrAdmin.call(() ->
                                        interviews.schedule(caseId, InterviewKind.FOLLOW_UP, today.plusDays(90), null)))
                        .getKey());
    }

    @Test
    void theFollowUpDelayIsConfigurable() throws Exception {
        Employee leaver = fixture.report(fixture.person("manager.sato", "佐藤", "健"), null);
        LocalDate lastDay = today.minusDays(1);
        long id = hrAdmin.call(() -> cases.openCase(new ResignationNotice(
                        leaver.getEmployeeNumber(), lastDay.minusDays(30), lastDay, null, NoticeSource.HR)))
                .getId();
        for (CaseStatus step : List.of(CaseStatus.INTERVIEWS, CaseStatus.HANDOVER, CaseStatus.LAST_DAY)) {
            hrAdmin.call(() -> cases.advance(id, step));
        }
        System.setProperty(OffboardingSettings.FOLLOW_UP_MONTHS, "3");
        try {
            assertEquals(
                    lastDay.plusMonths(3),
                    hrAdmin.call(() -> cases.advance(id, CaseStatus.FOLLOW_UP)).getFollowUpDate());
        } finally {
            System.clearProperty(OffboardingSettings.FOLLOW_UP_MONTHS);
        }
    }
}
