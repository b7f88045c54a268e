package jp.kizuna.alumni.offboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.shared.BusinessException;
import org.junit.jupiter.api.Test;

class OffboardingCaseTest {

    static final LocalDate NOTICE = LocalDate.of(2026, 3, 2);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 4, 30);
    static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 10, 0);

    static OffboardingCase newCase() {
        Employee leaver = new Employee("E9", "鈴木", "一郎");
        leaver.setDepartment(new Department("ENG", "開発部", "Engineering"));
        return new OffboardingCase(
                leaver,
                new ResignationNotice("E9", NOTICE, LAST_DAY, "一身上の都合", NoticeSource.MANAGER),
                NOW,
                "manager.sato");
    }

    @Test
    void aNewCaseStartsAtNoticeReceivedInTheLeaversDepartment() {
        OffboardingCase opened = newCase();
        assertEquals(CaseStatus.NOTICE_RECEIVED, opened.getStatus());
        assertEquals("ENG", opened.getDepartment().getCode());
        assertEquals("一身上の都合", opened.getStatedReason());
        assertEquals(NOW, opened.getOpenedAt());
        assertTrue(opened.isOpen());
    }

    @Test
    void theLastDayCannotBeBeforeTheNotice() {
        Employee leaver = new Employee("E9", "鈴木", "一郎");
        BusinessException refused = assertThrows(
                BusinessException.class,
                () -> new OffboardingCase(
                        leaver,
                        new ResignationNotice("E9", NOTICE, NOTICE.minusDays(1), null, NoticeSource.HR),
                        NOW,
                        "hr.admin"));
        assertEquals("offboarding.case.lastDayBeforeNotice", refused.getKey());
        assertThrows(
                BusinessException.class,
                () -> new OffboardingCase(
                        leaver, new ResignationNotice("E9", null, LAST_DAY, null, NoticeSource.HR), NOW, "hr.admin"));
    }

    @Test
    void invalidTransitionsAreRefusedWithTheirStatuses() {
        OffboardingCase offboarding = newCase();
        BusinessException refused =
                assertThrows(BusinessException.class, () -> offboarding.moveTo(CaseStatus.CLOSED, NOTICE, NOW));
        assertEquals("offboarding.transition.invalid", refused.getKey());
        assertEquals("A case in status NOTICE_RECEIVED cannot move to CLOSED.", refused.getMessage());
        assertEquals(CaseStatus.NOTICE_RECEIVED, offboarding.getStatus());
    }

    @Test
    void followUpOnlyAfterTheLastDay() {
        OffboardingCase offboarding = newCase();
        offboarding.moveTo(CaseStatus.INTERVIEWS, NOTICE, NOW);
        offboarding.moveTo(CaseStatus.HANDOVER, NOTICE, NOW);
        offboarding.moveTo(CaseStatus.LAST_DAY, LAST_DAY, NOW);
        BusinessException refused =
                assertThrows(BusinessException.class, () -> offboarding.moveTo(CaseStatus.FOLLOW_UP, LAST_DAY, NOW));
        assertEquals("offboarding.transition.beforeLastDay", refused.getKey());
        offboarding.moveTo(CaseStatus.FOLLOW_UP, LAST_DAY.plusDays(1), NOW);
        offboarding.moveTo(CaseStatus.CLOSED, LAST_DAY.plusMonths(1), NOW.plusMonths(2));
        assertFalse(offboarding.isOpen());
        assertEquals(NOW.plusMonths(2), offboarding.getClosedAt());
    }

    @Test
    void withdrawalEndsTheCaseAsRetainedButNotAfterTheLastDay() {
        OffboardingCase withdrawn = newCase();
        withdrawn.moveTo(CaseStatus.WITHDRAWN, NOTICE.plusDays(3), NOW);
        assertTrue(withdrawn.isRetained());
        assertNotNull(withdrawn.getClosedAt());

        OffboardingCase late = newCase();
        late.moveTo(CaseStatus.INTERVIEWS, NOTICE, NOW);
        late.moveTo(CaseStatus.HANDOVER, NOTICE, NOW);
        late.moveTo(CaseStatus.LAST_DAY, LAST_DAY, NOW);
        assertEquals(
                "offboarding.withdraw.afterLastDay",
                assertThrows(
                                BusinessException.class,
                                () -> late.moveTo(CaseStatus.WITHDRAWN, LAST_DAY.plusDays(1), NOW))
                        .getKey());
    }

    @Test
    void realReasonsNeedAPrimaryAndDoNotRepeatIt() {
        OffboardingCase offboarding = newCase();
        ReasonCategory career = new ReasonCategory("CAREER", "キャリア", "Career", true, 1);
        ReasonCategory family = new ReasonCategory("FAMILY", "家庭", "Family", false, 2);
        assertEquals(
                "offboarding.reason.primaryRequired",
                assertThrows(BusinessException.class, () -> offboarding.recordReasons(null, Set.of(family), "x"))
                        .getKey());
        offboarding.recordReasons(career, Set.of(career, family), "  転居のため  ");
        assertEquals(career, offboarding.getPrimaryReason());
        assertEquals(Set.of(family), offboarding.getSecondaryReasons());
        assertEquals("転居のため", offboarding.getRealReasonText());
    }

    @Test
    void reasonCodesAreStableIdentifiers() {
        assertEquals(
                "offboarding.reason.badCode",
                assertThrows(BusinessException.class, () -> new ReasonCategory("pay raise", "給与", "Pay", true, 1))
                        .getKey());
    }

    @Test
    void theLastDayCanMoveUntilItHasPassed() {
        OffboardingCase offboarding = newCase();
        offboarding.changeLastDay(LAST_DAY.plusDays(10));
        assertEquals(LAST_DAY.plusDays(10), offboarding.getLastDay());
        assertThrows(BusinessException.class, () -> offboarding.changeLastDay(NOTICE.minusDays(1)));
        offboarding.moveTo(CaseStatus.WITHDRAWN, NOTICE, NOW);
        assertEquals(
                "offboarding.case.lastDayFixed",
                assertThrows(BusinessException.class, () -> offboarding.changeLastDay(LAST_DAY))
                        .getKey());
    }
}
