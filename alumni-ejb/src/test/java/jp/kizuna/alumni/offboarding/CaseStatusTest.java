package jp.kizuna.alumni.offboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CaseStatusTest {

    @Test
    void theNormalPathGoesFromNoticeToClosedOneStepAtATime() {
        CaseStatus status = CaseStatus.NOTICE_RECEIVED;
        StringBuilder path = new StringBuilder(status.name());
        while (status.next() != null) {
            assertTrue(status.canMoveTo(status.next()), status + " -> " + status.next());
            status = status.next();
            path.append(' ').append(status.name());
        }
        assertEquals("NOTICE_RECEIVED INTERVIEWS HANDOVER LAST_DAY FOLLOW_UP CLOSED", path.toString());
    }

    @Test
    void stepsCannotBeSkippedNorUndone() {
        assertFalse(CaseStatus.NOTICE_RECEIVED.canMoveTo(CaseStatus.HANDOVER));
        assertFalse(CaseStatus.NOTICE_RECEIVED.canMoveTo(CaseStatus.CLOSED));
        assertFalse(CaseStatus.HANDOVER.canMoveTo(CaseStatus.INTERVIEWS));
        assertFalse(CaseStatus.LAST_DAY.canMoveTo(CaseStatus.CLOSED));
        assertFalse(CaseStatus.INTERVIEWS.canMoveTo(CaseStatus.INTERVIEWS));
    }

    @Test
    void withdrawalIsPossibleOnlyWhileThePersonIsStillEmployed() {
        EnumSet<CaseStatus> withdrawable = EnumSet.noneOf(CaseStatus.class);
        for (CaseStatus status : CaseStatus.values()) {
            if (status.canMoveTo(CaseStatus.WITHDRAWN)) {
                withdrawable.add(status);
            }
        }
        assertEquals(
                EnumSet.of(CaseStatus.NOTICE_RECEIVED, CaseStatus.INTERVIEWS, CaseStatus.HANDOVER, CaseStatus.LAST_DAY),
                withdrawable);
    }

    @ParameterizedTest
    @EnumSource(
            value = CaseStatus.class,
            names = {"CLOSED", "WITHDRAWN"})
    void finishedCasesGoNowhere(CaseStatus finished) {
        assertTrue(finished.successors().isEmpty());
        assertFalse(finished.isOpen());
        assertNull(finished.next());
        assertFalse(CaseStatus.open().contains(finished));
    }
}
