package jp.kizuna.alumni.offboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.ServiceTest;
import jp.kizuna.alumni.offboarding.analytics.AnalyticsReport;
import jp.kizuna.alumni.offboarding.analytics.GroupFigure;
import jp.kizuna.alumni.offboarding.analytics.OffboardingAnalytics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The analytics and the case list over a few thousand cases: both are answered by the database
 * (GROUP BY, LIMIT/OFFSET), so every case is counted once and the last page holds the last cases.
 * How fast they answer at 100,000 cases is measured by bin/benchmark, not here.
 */
class OffboardingScaleIT extends ServiceTest {

    static final int CASES = 4_000;
    static final int DEPARTMENTS = 20;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(OffboardingScaleIT.class);
    }

    @Inject
    OffboardingAnalytics analytics;

    @Inject
    OffboardingCases cases;

    @Test
    void everyCaseIsAggregatedOnceAndTheLastPageIsFull() throws Exception {
        int year = 3000 + ThreadLocalRandom.current().nextInt(900);
        String run = Integer.toString(year);
        List<ReasonCategory> reasons = em.createQuery(
                        "select r from ReasonCategory r order by r.sortOrder", ReasonCategory.class)
                .getResultList();
        List<Department> departments = new ArrayList<>();
        transaction.begin();
        for (int d = 0; d < DEPARTMENTS; d++) {
            Department department = new Department("SC" + run + "-" + d, "規模" + d, "Scale " + run + "-" + d);
            em.persist(department);
            departments.add(department);
        }
        transaction.commit();
        for (int chunk = 0; chunk < CASES; chunk += 2000) {
            transaction.begin();
            List<Department> attached = departments.stream()
                    .map(d -> em.find(Department.class, d.getId()))
                    .toList();
            List<ReasonCategory> reasonRefs = reasons.stream()
                    .map(r -> em.find(ReasonCategory.class, r.getId()))
                    .toList();
            for (int i = chunk; i < chunk + 2000; i++) {
                Employee leaver = new Employee("SC" + run + "-" + i, "規模", "太郎");
                leaver.setDepartment(attached.get(i % DEPARTMENTS));
                em.persist(leaver);
                LocalDate lastDay = LocalDate.of(year, 1 + i % 12, 1 + i % 28);
                OffboardingCase c = new OffboardingCase(
                        leaver,
                        new ResignationNotice(
                                leaver.getEmployeeNumber(),
                                lastDay.minusDays(30),
                                lastDay,
                                null,
                                NoticeSource.HR_SYSTEM),
                        lastDay.minusDays(30).atStartOfDay(),
                        "scale");
                c.recordReasons(reasonRefs.get(i % reasonRefs.size()), Set.of(), null);
                em.persist(c);
            }
            transaction.commit();
            em.clear();
        }
        AnalyticsReport report =
                hrAdmin.call(() -> analytics.report(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        CaseFilter department = new CaseFilter(null, null, departments.get(3).getCode(), null, null, false);
        long count = hrAdmin.call(() -> cases.count(department));
        int perDepartment = CASES / DEPARTMENTS;
        List<OffboardingCase> lastPage =
                hrAdmin.call(() -> cases.search(department, perDepartment - 20, 20, "lastDay", true));
        List<OffboardingCase> pastTheEnd =
                hrAdmin.call(() -> cases.search(department, perDepartment, 20, "lastDay", true));

        assertEquals(perDepartment, count);
        assertEquals(20, lastPage.size());
        assertTrue(pastTheEnd.isEmpty(), "no page after the last");
        List<LocalDate> lastDays =
                lastPage.stream().map(OffboardingCase::getLastDay).toList();
        assertEquals(lastDays.stream().sorted().toList(), lastDays, "the last page continues in last-day order");
        assertEquals(
                CASES,
                report.departuresByDepartment().stream()
                        .filter(f -> f.key().startsWith("SC" + run))
                        .mapToLong(GroupFigure::count)
                        .sum());
        assertEquals(12, report.departuresByMonth().size());
    }
}
