package jp.kizuna.alumni.offboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.kizuna.alumni.shared.BusinessException;
import org.junit.jupiter.api.Test;

class ExitInterviewTest {

    static final LocalDate TODAY = OffboardingCaseTest.NOTICE.plusDays(5);

    static ExitInterview held(Confidentiality level, List<String> readers) {
        ExitInterview interview = new ExitInterview(
                OffboardingCaseTest.newCase(),
                InterviewKind.HR,
                OffboardingCaseTest.NOTICE.plusDays(2),
                "hr.suzuki",
                "鈴木 人事");
        interview.record(
                null,
                EnumSet.of(InterviewGuide.LISTEN_BACKGROUND),
                "上司との関係が理由",
                level,
                readers,
                LocalDateTime.now(),
                "hr.suzuki",
                TODAY);
        return interview;
    }

    @Test
    void managerAndHrLevelLetsTheLineManagerRead() {
        ExitInterview interview = held(Confidentiality.MANAGER_AND_HR, List.of());
        assertTrue(interview.notesReadableBy("manager.sato", false, true));
        assertTrue(interview.notesReadableBy("hr.admin", true, false));
        assertFalse(interview.notesReadableBy("manager.other", false, false));
    }

    @Test
    void hrOnlyKeepsTheManagerOut() {
        ExitInterview interview = held(Confidentiality.HR_ONLY, List.of());
        assertFalse(interview.notesReadableBy("manager.sato", false, true));
        assertTrue(interview.notesReadableBy("hr.admin", true, false));
        assertTrue(interview.notesReadableBy("hr.suzuki", false, false), "the interviewer reads their own notes");
    }

    @Test
    void restrictedNotesOnlyForNamedHrStaff() {
        ExitInterview interview = held(Confidentiality.HR_RESTRICTED, List.of("hr.tanaka", " hr.ito "));
        assertEquals(List.of("hr.tanaka", "hr.ito"), interview.getNamedReaders());
        assertTrue(interview.notesReadableBy("hr.ito", true, false));
        assertFalse(interview.notesReadableBy("hr.admin", true, false));
        assertFalse(interview.notesReadableBy("hr.ito", false, true), "a named manager without HR role");
        assertEquals(
                "offboarding.interview.readersRequired",
                assertThrows(BusinessException.class, () -> held(Confidentiality.HR_RESTRICTED, List.of()))
                        .getKey());
    }

    @Test
    void guideStepsRoundTrip() {
        ExitInterview interview = new ExitInterview(
                OffboardingCaseTest.newCase(), InterviewKind.MANAGER, OffboardingCaseTest.NOTICE, "manager.sato", null);
        interview.record(
                null,
                EnumSet.of(InterviewGuide.SUPPORT_WELCOME_BACK, InterviewGuide.RESPECT_DECISION),
                null,
                Confidentiality.MANAGER_AND_HR,
                null,
                LocalDateTime.now(),
                "manager.sato",
                TODAY);
        assertEquals(
                EnumSet.of(InterviewGuide.RESPECT_DECISION, InterviewGuide.SUPPORT_WELCOME_BACK),
                interview.getGuideCovered());
        assertEquals("manager.sato", interview.getInterviewerName());
        assertFalse(interview.hasNotes());
    }

    @Test
    void datesFollowTheCase() {
        OffboardingCase offboarding = OffboardingCaseTest.newCase();
        assertEquals(
                "offboarding.interview.beforeNotice",
                assertThrows(
                                BusinessException.class,
                                () -> new ExitInterview(
                                        offboarding,
                                        InterviewKind.HR,
                                        OffboardingCaseTest.NOTICE.minusDays(1),
                                        "x",
                                        null))
                        .getKey());
        assertEquals(
                "offboarding.interview.followUpBeforeLastDay",
                assertThrows(
                                BusinessException.class,
                                () -> new ExitInterview(
                                        offboarding, InterviewKind.FOLLOW_UP, OffboardingCaseTest.LAST_DAY, "x", null))
                        .getKey());
        ExitInterview future = new ExitInterview(offboarding, InterviewKind.HR, TODAY.plusDays(3), "x", null);
        assertEquals(
                "offboarding.interview.inFuture",
                assertThrows(
                                BusinessException.class,
                                () -> future.record(
                                        null,
                                        Set.of(),
                                        "n",
                                        Confidentiality.HR_ONLY,
                                        null,
                                        LocalDateTime.now(),
                                        "x",
                                        TODAY))
                        .getKey());
    }
}
