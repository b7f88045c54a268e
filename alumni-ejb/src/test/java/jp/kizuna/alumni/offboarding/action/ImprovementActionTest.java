package jp.kizuna.alumni.offboarding.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import jp.kizuna.alumni.offboarding.ReasonCategory;
import jp.kizuna.alumni.shared.BusinessException;
import org.junit.jupiter.api.Test;

class ImprovementActionTest {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);

    private static ActionDraft draft(String titleEn, LocalDate due) {
        return new ActionDraft("PAY", null, DAY.minusMonths(6), DAY, "給与水準の見直し", titleEn, null, null, "人事部 田中", due);
    }

    private static ImprovementAction action() {
        return new ImprovementAction(
                new ReasonCategory("PAY", "給与", "Pay", true, 1),
                null,
                draft("Review pay levels", DAY.plusMonths(3)),
                DAY.atStartOfDay(),
                "hr.admin");
    }

    @Test
    void startsOnTheFirstMoveToWorkAndCompletesOnDone() {
        ImprovementAction action = action();
        assertEquals(DAY, action.effectiveFrom(), "planned: drawn at creation");
        action.moveTo(ActionStatus.IN_PROGRESS, DAY.plusDays(10));
        action.moveTo(ActionStatus.DONE, DAY.plusDays(40));
        assertEquals(DAY.plusDays(10), action.getStartedOn());
        assertEquals(DAY.plusDays(10), action.effectiveFrom());
        assertEquals(DAY.plusDays(40), action.getCompletedOn());
        assertEquals(
                "offboarding.action.closed",
                assertThrows(BusinessException.class, () -> action.moveTo(ActionStatus.PLANNED, DAY))
                        .getKey());
    }

    @Test
    void cancelledNeverStarted() {
        ImprovementAction action = action();
        action.moveTo(ActionStatus.CANCELLED, DAY);
        assertNull(action.getStartedOn());
    }

    @Test
    void needsBothTitlesOwnerAndDueDate() {
        ReasonCategory pay = new ReasonCategory("PAY", "給与", "Pay", true, 1);
        assertEquals(
                "offboarding.action.textRequired",
                assertThrows(
                                BusinessException.class,
                                () -> new ImprovementAction(pay, null, draft(" ", DAY), LocalDateTime.now(), "hr"))
                        .getKey());
        assertEquals(
                "offboarding.action.dueDateRequired",
                assertThrows(
                                BusinessException.class,
                                () -> new ImprovementAction(
                                        pay, null, draft("Review", null), LocalDateTime.now(), "hr"))
                        .getKey());
    }
}
