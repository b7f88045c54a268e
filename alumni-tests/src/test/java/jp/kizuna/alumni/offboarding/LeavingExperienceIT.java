package jp.kizuna.alumni.offboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.ServiceTest;
import jp.kizuna.alumni.offboarding.analytics.ExperienceReport;
import jp.kizuna.alumni.offboarding.analytics.GroupFigure;
import jp.kizuna.alumni.offboarding.analytics.LeavingExperience;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The leaving-experience KPIs against a tally made here, in Java, from the stored answers (read as
 * entities, not through the application's SQL): every shown figure is right, no shown group is small,
 * and the hidden rest of each breakdown is none or at least the minimum. A manager sees only answers
 * of their own reports.
 */
class LeavingExperienceIT extends ServiceTest {

    private static final int MIN = 5;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(LeavingExperienceIT.class, OffboardingFixture.class);
    }

    @Inject
    OffboardingCases cases;

    @Inject
    ExitSurveys surveys;

    @Inject
    LeavingExperience experience;

    @Test
    void offboardingScoreAndWouldReturnByDepartmentManagerAndMonth() throws Exception {
        OffboardingFixture fixture = new OffboardingFixture(em, transaction);
        Employee sato = fixture.person("manager.sato", "佐藤", "健");
        Employee other = fixture.person("mgr.le" + System.nanoTime(), "高橋", "誠");
        Department satos = fixture.department("LEA");
        Department others = fixture.department("LEB");
        Department tiny = fixture.department("LEC");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        Random random = new Random();
        answer(fixture, sato, satos, 6, today, random);
        answer(fixture, other, others, 7, today, random);
        answer(fixture, other, tiny, 2, today, random);

        LocalDate from = today.withDayOfMonth(1);
        ExperienceReport all = hrAdmin.call(() -> experience.report(from, today));
        assertEquals("ALL", all.scope());
        @SuppressWarnings("unchecked")
        List<Object[]> stored = em.createQuery("""
                select d.code, m.id, s.offboardingScore, s.wouldReturn from ExitSurveyResponse s
                left join s.department d left join s.manager m where s.submittedMonth between :a and :b""")
                .setParameter("a", from)
                .setParameter("b", today)
                .getResultList();
        assertShownAreRightAndRestIsSafe(tally(stored, 0), all.byDepartment(), all.hiddenDepartments());
        assertShownAreRightAndRestIsSafe(tally(stored, 1), all.byManager(), all.hiddenManagers());
        assertFalse(
                all.byDepartment().stream().anyMatch(f -> f.key().equals(tiny.getCode())),
                "2 answers are identifiable");
        assertNotNull(all.overall());
        assertEquals(stored.size(), all.overall().count());
        assertEquals(1, all.byMonth().size() + all.hiddenMonths());

        ExperienceReport own = manager.call(() -> experience.report(from, today));
        assertEquals("OWN", own.scope());
        List<Object[]> satosAnswers =
                stored.stream().filter(row -> sato.getId().equals(row[1])).toList();
        assertShownAreRightAndRestIsSafe(tally(satosAnswers, 0), own.byDepartment(), own.hiddenDepartments());
        assertFalse(
                own.byDepartment().stream().anyMatch(f -> f.key().equals(others.getCode())),
                "another manager's department");
        assertTrue(
                own.byManager().stream().allMatch(f -> f.key().equals(String.valueOf(sato.getId()))), "only their own");
        assertEquals(satosAnswers.size(), own.overall().count());
    }

    private void answer(
            OffboardingFixture fixture, Employee boss, Department department, int count, LocalDate today, Random random)
            throws Exception {
        for (int i = 0; i < count; i++) {
            Employee leaver = fixture.report(boss, department);
            String token = hrAdmin.call(() -> cases.openCase(new ResignationNotice(
                            leaver.getEmployeeNumber(), today, today.plusDays(30), null, NoticeSource.HR)))
                    .getSurveyToken();
            surveys.submit(
                    token,
                    new ExitSurveyResponse.SurveyAnswers(
                            1 + random.nextInt(5),
                            1 + random.nextInt(5),
                            random.nextBoolean(),
                            null,
                            random.nextBoolean()));
        }
    }

    /** Per group key (column {@code key} of the stored rows): answers, would return, sum of scores. */
    static Map<String, long[]> tally(List<Object[]> stored, int key) {
        Map<String, long[]> tally = new TreeMap<>();
        for (Object[] row : stored) {
            long[] figures = tally.computeIfAbsent(row[key] == null ? "-" : String.valueOf(row[key]), k -> new long[3]);
            figures[0]++;
            figures[1] += Boolean.TRUE.equals(row[3]) ? 1 : 0;
            figures[2] += ((Number) row[2]).longValue();
        }
        return tally;
    }

    static void assertShownAreRightAndRestIsSafe(Map<String, long[]> expected, List<GroupFigure> shown, int hidden) {
        long rest = expected.values().stream().mapToLong(f -> f[0]).sum();
        for (GroupFigure figure : shown) {
            long[] f = expected.get(figure.key());
            assertNotNull(f, figure.key());
            assertEquals(f[0], figure.count(), figure.key());
            assertEquals(f[1], figure.part(), figure.key() + " would return");
            assertEquals(Math.round(f[2] * 100.0 / f[0]) / 100.0, figure.average(), 0.0001, figure.key() + " score");
            assertTrue(figure.count() >= MIN, figure.key());
            rest -= figure.count();
        }
        assertEquals(expected.size() - shown.size(), hidden);
        assertTrue(rest == 0 || rest >= MIN, "hidden rest " + rest + " would be found by subtraction");
    }
}
