package jp.kizuna.alumni.offboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.ServiceTest;
import jp.kizuna.alumni.offboarding.action.ActionDraft;
import jp.kizuna.alumni.offboarding.action.ActionRow;
import jp.kizuna.alumni.offboarding.action.ActionStatus;
import jp.kizuna.alumni.offboarding.action.ImprovementAction;
import jp.kizuna.alumni.offboarding.action.ImprovementActions;
import jp.kizuna.alumni.offboarding.action.ReasonShare;
import jp.kizuna.alumni.offboarding.action.WeDidEntry;
import jp.kizuna.alumni.shared.BusinessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * From reasons to action: HR records actions for reason × department × period patterns and moves them on;
 * employees see only published actions whose pattern reaches the minimum group size, and nothing about a
 * person; the ledger's before/after shares match a count made here from the stored cases (as entities),
 * with small groups hidden.
 */
class ImprovementActionsIT extends ServiceTest {

    private static final int MIN = 5;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(ImprovementActionsIT.class, OffboardingFixture.class);
    }

    @Inject
    OffboardingCases cases;

    @Inject
    ImprovementActions actions;

    @Test
    void patternToActionToYouSaidWeDidWithBeforeAndAfter() throws Exception {
        OffboardingFixture fixture = new OffboardingFixture(em, transaction);
        Employee boss = fixture.person("mgr.ac" + System.nanoTime(), "山本", "修");
        Department big = fixture.department("ACA");
        Department small = fixture.department("ACB");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        LocalDate yearAgo = today.minusDays(365);
        // Before the action (last days in the past year): 6 for pay, 5 for career; since: 5 for career.
        leave(fixture, boss, big, "PAY", 6, yearAgo.plusDays(10), today.minusDays(1));
        leave(fixture, boss, big, "CAREER", 5, yearAgo.plusDays(10), today.minusDays(1));
        leave(fixture, boss, big, "CAREER", 5, today, today);
        leave(fixture, boss, small, "PAY", 3, yearAgo.plusDays(10), today.minusDays(1));

        // Titles name the test's own departments: actions of earlier runs stay in the database.
        String title = "給与テーブルの見直し " + big.getCode();
        String smallTitle = "小さな部署の施策 " + small.getCode();
        ImprovementAction pay = hrAdmin.call(() -> actions.create(new ActionDraft(
                "PAY",
                big.getCode(),
                yearAgo,
                today.minusDays(1),
                title,
                "Review of the pay table",
                "等級ごとの給与レンジを市場水準に合わせます。",
                "Pay ranges per grade brought to market level.",
                "人事部 田中",
                today.plusMonths(3))));
        ImprovementAction tiny = hrAdmin.call(() -> actions.create(new ActionDraft(
                "PAY",
                small.getCode(),
                yearAgo,
                today.minusDays(1),
                smallTitle,
                "Small department action",
                null,
                null,
                "人事部 田中",
                today.minusDays(1))));
        hrAdmin.call(() -> actions.changeStatus(pay.getId(), ActionStatus.IN_PROGRESS));
        assertEquals(
                "offboarding.action.closed",
                assertThrows(
                                BusinessException.class,
                                () -> hrAdmin.call(() -> {
                                    actions.changeStatus(tiny.getId(), ActionStatus.CANCELLED);
                                    return actions.changeStatus(tiny.getId(), ActionStatus.IN_PROGRESS);
                                }))
                        .getKey(),
                "rolled back with the refusal: tiny stays planned");

        assertFalse(titles(employee.call(() -> actions.youSaidWeDid())).contains(title), "not published");
        hrAdmin.call(() -> actions.publish(pay.getId(), true));
        hrAdmin.call(() -> actions.publish(tiny.getId(), true));
        List<WeDidEntry> said = employee.call(() -> actions.youSaidWeDid());
        WeDidEntry entry =
                said.stream().filter(e -> e.titleJa().equals(title)).findFirst().orElseThrow();
        assertEquals(stored(big, "PAY", yearAgo, today.minusDays(1)), entry.leavers());
        assertEquals(6L, entry.leavers());
        assertEquals("Review of the pay table", entry.titleEn());
        assertEquals(ActionStatus.IN_PROGRESS, entry.status());
        assertFalse(titles(said).contains(smallTitle), "3 leavers would be recognised by colleagues");
        assertEquals(said, manager.call(() -> actions.youSaidWeDid()), "the same for everyone");

        List<ActionRow> ledger = hrAdmin.call(() -> actions.ledger());
        ActionRow payRow =
                ledger.stream().filter(r -> r.id() == pay.getId()).findFirst().orElseThrow();
        assertEquals(today, payRow.startedOn());
        assertShare(big, "PAY", today.minusDays(365), today.minusDays(1), payRow.before());
        assertEquals(6L, (long) payRow.before().withReason());
        assertEquals(11L, (long) payRow.before().leavers());
        assertShare(big, "PAY", today, today, payRow.after());
        assertEquals(0L, (long) payRow.after().withReason());
        ActionRow tinyRow =
                ledger.stream().filter(r -> r.id() == tiny.getId()).findFirst().orElseThrow();
        assertShare(
                small,
                "PAY",
                tiny.getCreatedAt().toLocalDate().minusDays(365),
                tiny.getCreatedAt().toLocalDate().minusDays(1),
                tinyRow.before());
        assertNull(tinyRow.before().leavers(), "3 leavers");
        assertEquals(ActionStatus.PLANNED, tinyRow.status());
        assertTrue(tinyRow.overdue(), "due yesterday, still planned");

        assertThrows(EJBAccessException.class, () -> manager.call(() -> actions.ledger()));
        assertThrows(EJBAccessException.class, () -> employee.call(() -> actions.publish(pay.getId(), false)));
    }

    /** The ledger's share against the stored cases, hidden as the minimum group size requires. */
    private void assertShare(Department department, String reason, LocalDate from, LocalDate to, ReasonShare share) {
        long leavers = stored(department, null, from, to);
        long withReason = stored(department, reason, from, to);
        long other = leavers - withReason;
        assertEquals(from, share.from());
        assertEquals(to, share.to());
        boolean totalShown = leavers == 0 || leavers >= MIN;
        assertEquals(totalShown ? leavers : null, share.leavers());
        boolean reasonShown = totalShown && (withReason == 0 || withReason >= MIN && (other == 0 || other >= MIN));
        assertEquals(reasonShown ? withReason : null, share.withReason());
    }

    /** Non-withdrawn cases of the department ending in the window, with that primary reason (or any). */
    private long stored(Department department, String reason, LocalDate from, LocalDate to) {
        return em
                .createQuery("""
                        select c from OffboardingCase c left join c.primaryReason r where c.department = :d
                        and c.status <> jp.kizuna.alumni.offboarding.CaseStatus.WITHDRAWN
                        and c.lastDay between :from and :to""", OffboardingCase.class)
                .setParameter("d", em.find(Department.class, department.getId()))
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .stream()
                .filter(c -> reason == null
                        || c.getPrimaryReason() != null
                                && reason.equals(c.getPrimaryReason().getCode()))
                .count();
    }

    private void leave(
            OffboardingFixture fixture,
            Employee boss,
            Department department,
            String reason,
            int count,
            LocalDate first,
            LocalDate last)
            throws Exception {
        for (int i = 0; i < count; i++) {
            Employee leaver = fixture.report(boss, department);
            LocalDate lastDay = first.plusDays(i % (last.toEpochDay() - first.toEpochDay() + 1));
            hrAdmin.call(() -> {
                OffboardingCase opened = cases.openCase(new ResignationNotice(
                        leaver.getEmployeeNumber(), lastDay.minusDays(30), lastDay, "一身上の都合", NoticeSource.HR));
                return cases.recordReasons(opened.getId(), reason, Set.of(), null);
            });
        }
    }

    private static List<String> titles(List<WeDidEntry> entries) {
        return entries.stream().map(WeDidEntry::titleJa).toList();
    }
}
