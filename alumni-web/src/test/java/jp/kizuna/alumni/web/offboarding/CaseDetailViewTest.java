package jp.kizuna.alumni.web.offboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.kizuna.alumni.offboarding.CaseStatus;
import jp.kizuna.alumni.offboarding.Confidentiality;
import jp.kizuna.alumni.offboarding.InterviewKind;
import jp.kizuna.alumni.offboarding.InterviewSummary;
import org.junit.jupiter.api.Test;

/** What the case page shows of a case's progress: the stage stepper, the follow-up prompt, the checklist bar. */
class CaseDetailViewTest {

    @Test
    void theStepperMarksStagesBeforeTheCaseDoneItsOwnCurrentAndLaterOnesToCome() {
        assertEquals("done", CaseDetailView.stageState(CaseStatus.NOTICE_RECEIVED, CaseStatus.HANDOVER));
        assertEquals("done", CaseDetailView.stageState(CaseStatus.INTERVIEWS, CaseStatus.HANDOVER));
        assertEquals("current", CaseDetailView.stageState(CaseStatus.HANDOVER, CaseStatus.HANDOVER));
        assertEquals("to-come", CaseDetailView.stageState(CaseStatus.LAST_DAY, CaseStatus.HANDOVER));
        assertEquals("done", CaseDetailView.stageState(CaseStatus.FOLLOW_UP, CaseStatus.CLOSED));
    }

    @Test
    void aWithdrawnResignationLeavesThePathSoNoStageLooksDone() {
        for (CaseStatus stage : List.of(CaseStatus.NOTICE_RECEIVED, CaseStatus.INTERVIEWS, CaseStatus.CLOSED)) {
            assertEquals("to-come", CaseDetailView.stageState(stage, CaseStatus.WITHDRAWN), stage.name());
        }
    }

    @Test
    void theFollowUpPromptNamesTheFirstFollowUpNotYetHeldAndOnlyInTheFollowUpStage() {
        InterviewSummary managerTalk = interview(1, InterviewKind.MANAGER, true);
        InterviewSummary heldFollowUp = interview(2, InterviewKind.FOLLOW_UP, true);
        InterviewSummary waiting = interview(3, InterviewKind.FOLLOW_UP, false);
        List<InterviewSummary> interviews = List.of(managerTalk, heldFollowUp, waiting);

        assertEquals(waiting, CaseDetailView.followUpWaiting(CaseStatus.FOLLOW_UP, interviews));
        assertNull(CaseDetailView.followUpWaiting(CaseStatus.LAST_DAY, interviews), "not before the last day");
        assertNull(CaseDetailView.followUpWaiting(CaseStatus.CLOSED, interviews), "not once the case is closed");
        assertNull(CaseDetailView.followUpWaiting(CaseStatus.FOLLOW_UP, List.of(managerTalk, heldFollowUp)));
        assertNull(CaseDetailView.followUpWaiting(CaseStatus.FOLLOW_UP, null), "interviews not yet read");
    }

    @Test
    void theChecklistBarShowsAHundredOnlyWhenEveryItemIsDone() {
        assertEquals(0, CaseDetailView.percent(0, 0), "an empty checklist");
        assertEquals(0, CaseDetailView.percent(0, 7));
        assertEquals(66, CaseDetailView.percent(2, 3));
        assertEquals(99, CaseDetailView.percent(199, 200));
        assertEquals(100, CaseDetailView.percent(7, 7));
    }

    private static InterviewSummary interview(long id, InterviewKind kind, boolean held) {
        return new InterviewSummary(
                id,
                kind,
                LocalDate.of(2026, 4, 1),
                "hr.tanaka",
                "田中 花子",
                held,
                Set.of(),
                Confidentiality.HR_ONLY,
                false,
                false);
    }
}
