package jp.kizuna.alumni.offboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.ServiceTest;
import jp.kizuna.alumni.offboarding.analytics.Period;
import jp.kizuna.alumni.offboarding.analytics.TurnoverAnalytics;
import jp.kizuna.alumni.offboarding.analytics.TurnoverFigure;
import jp.kizuna.alumni.offboarding.analytics.TurnoverReport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Turnover against a tally made here, in Java, from the stored employees and cases (read as entities,
 * not through the application's SQL): headcounts on the first and last day, hires, leavers, voluntary
 * and regretted leavers and the rate of every shown month, year, department, tenure band, job title and
 * job grade (等級, HR contract revision 1.1; some people have none) are right; no shown group has fewer leavers than the minimum, and the hidden rest of each breakdown is
 * none or at least the minimum. A manager sees only their organisation (all levels below them); only HR
 * classifies a leaving.
 */
class TurnoverIT extends ServiceTest {

    private static final int MIN = 5;
    private static final List<String> TITLES = List.of("担当", "主任", "課長");
    /** Grades of a Japanese grading system; null: HR sent none (a sender of contract 1.0). */
    private static final List<String> GRADES = java.util.Arrays.asList("J1", "J2", "S1", "M1", null);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(TurnoverIT.class, OffboardingFixture.class);
    }

    @Inject
    OffboardingCases cases;

    @Inject
    LeavingClassification classification;

    @Inject
    TurnoverAnalytics turnover;

    private final Random random = new Random();
    private long lastCaseId;

    @Test
    void headcountAndTurnoverByPeriodDepartmentTenureTitleAndGrade() throws Exception {
        OffboardingFixture fixture = new OffboardingFixture(em, transaction);
        Employee sato = fixture.person("manager.sato", "佐藤", "健");
        Employee other = fixture.person("mgr.tu" + System.nanoTime(), "高橋", "誠");
        Department satos = fixture.department("TUA");
        Department others = fixture.department("TUB");
        Department tiny = fixture.department("TUC");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        LocalDate from = today.minusMonths(11).withDayOfMonth(1);
        // Sato's organisation has two levels: a team leader reporting to Sato, and their team.
        Employee lead = employee(fixture, sato, satos, from);
        staff(fixture, sato, satos, 6, from, today, 4, true);
        staff(fixture, lead, satos, 6, from, today, 5, false);
        staff(fixture, other, others, 8, from, today, 7, true);
        staff(fixture, other, tiny, 3, from, today, 2, false);
        // Leavers HR knows only from the leaving date (no offboarding case): not voluntary.
        for (int i = 0; i < 3; i++) {
            Employee gone = employee(fixture, other, others, from);
            LocalDate lastDay = dayIn(latest(from, gone.getHireDate()), today);
            transaction.begin();
            em.find(Employee.class, gone.getId()).left(lastDay);
            transaction.commit();
        }
        em.clear();
        World world = world();

        for (Period period : List.of(Period.MONTH, Period.YEAR)) {
            TurnoverReport all = hrAdmin.call(() -> turnover.report(from, today, period));
            assertEquals("ALL", all.scope());
            assertReport(world, id -> true, all, from, today);
        }
        TurnoverReport all = hrAdmin.call(() -> turnover.report(from, today, Period.MONTH));
        assertFalse(all.byDepartment().stream().anyMatch(f -> f.key().equals(tiny.getCode())), "2 leavers");
        // TUC's 2 leavers alone could be subtracted from the total: the smallest shown department goes too.
        assertTrue(all.byDepartment().stream().anyMatch(f -> f.key().equals(others.getCode())), "10 leavers");
        assertEquals(12, all.byPeriod().size() + all.hiddenPeriods());

        Set<Long> organisation = world.below(sato.getId());
        TurnoverReport own = manager.call(() -> turnover.report(from, today, Period.YEAR));
        assertEquals("OWN", own.scope());
        assertReport(world, organisation::contains, own, from, today);
        assertFalse(
                own.byDepartment().stream().anyMatch(f -> f.key().equals(others.getCode())),
                "another manager's department");
        assertNotNull(own.overall());
        assertEquals(
                organisation.stream()
                        .filter(id -> world.employees.get(id).leftIn(from, today))
                        .count(),
                own.overall().leavers(),
                "the team leader's reports count for Sato too");

        long caseId = lastCaseId;
        assertThrows(
                EJBAccessException.class,
                () -> manager.call(() -> classification.classify(caseId, LeavingType.COMPANY, true)));
    }

    private void assertReport(
            World world,
            java.util.function.Predicate<Long> inScope,
            TurnoverReport report,
            LocalDate from,
            LocalDate to) {
        List<Person> people = world.employees.values().stream()
                .filter(p -> inScope.test(p.id))
                .toList();
        assertBreakdown(people, from, to, (p, d) -> p.department, report.byDepartment(), report.hiddenDepartments());
        assertBreakdown(people, from, to, (p, d) -> p.title, report.byJobTitle(), report.hiddenJobTitles());
        assertBreakdown(people, from, to, (p, d) -> p.grade, report.byJobGrade(), report.hiddenJobGrades());
        assertBreakdown(people, from, to, Person::tenureBand, report.byTenure(), report.hiddenTenures());
        TurnoverFigure total = expected(people, from, to, (p, d) -> "ALL").get("ALL");
        if (total.leavers() >= MIN) {
            assertFigure(total, report.overall());
        }
        // Each month or year on its own days.
        int shownIndex = 0;
        LocalDate start = report.period() == Period.MONTH ? from.withDayOfMonth(1) : from.withDayOfYear(1);
        long hiddenRest = 0;
        int buckets = 0;
        while (!start.isAfter(to)) {
            LocalDate next = report.period() == Period.MONTH ? start.plusMonths(1) : start.plusYears(1);
            LocalDate first = start.isBefore(from) ? from : start;
            LocalDate last = next.minusDays(1).isAfter(to) ? to : next.minusDays(1);
            TurnoverFigure bucket = expected(people, first, last, (p, d) -> "B").get("B");
            String label = report.period() == Period.MONTH
                    ? String.format("%04d-%02d", start.getYear(), start.getMonthValue())
                    : String.valueOf(start.getYear());
            buckets++;
            if (shownIndex < report.byPeriod().size()
                    && report.byPeriod().get(shownIndex).key().equals(label)) {
                TurnoverFigure shown = report.byPeriod().get(shownIndex++);
                assertFigure(bucket, shown);
                assertTrue(shown.leavers() == 0 || shown.leavers() >= MIN, label);
            } else {
                hiddenRest += bucket.leavers();
            }
            start = next;
        }
        assertEquals(report.byPeriod().size(), shownIndex, "periods in order");
        assertEquals(buckets - report.byPeriod().size(), report.hiddenPeriods());
        assertTrue(hiddenRest == 0 || hiddenRest >= MIN, "hidden months " + hiddenRest);
    }

    private static void assertBreakdown(
            List<Person> people,
            LocalDate from,
            LocalDate to,
            BiFunction<Person, LocalDate, String> group,
            List<TurnoverFigure> shown,
            int hidden) {
        Map<String, TurnoverFigure> expected = expected(people, from, to, group);
        long rest =
                expected.values().stream().mapToLong(TurnoverFigure::leavers).sum();
        for (TurnoverFigure figure : shown) {
            TurnoverFigure want = expected.get(figure.key());
            assertNotNull(want, figure.key());
            assertFigure(want, figure);
            assertTrue(figure.leavers() == 0 || figure.leavers() >= MIN, figure.key());
            rest -= figure.leavers();
        }
        assertEquals(expected.size() - shown.size(), hidden);
        assertTrue(rest == 0 || rest >= MIN, "hidden rest " + rest + " would be found by subtraction");
    }

    private static void assertFigure(TurnoverFigure want, TurnoverFigure got) {
        String key = got.key();
        assertEquals(want.headcountStart(), got.headcountStart(), key + " headcount at start");
        assertEquals(want.headcountEnd(), got.headcountEnd(), key + " headcount at end");
        assertEquals(want.hires(), got.hires(), key + " hires");
        assertEquals(want.leavers(), got.leavers(), key + " leavers");
        assertEquals(want.voluntary(), got.voluntary(), key + " voluntary");
        assertEquals(want.regretted(), got.regretted(), key + " regretted");
        assertEquals(want.rate(), got.rate(), key + " rate");
    }

    /**
     * The figures per group, counted person by person; a group appears when anyone in it was employed on
     * the first or last day, or was hired or left in between. The group of a headcount is taken on that
     * day, the group of a leaver on the leaving date (tenure changes, department and title do not here).
     */
    static Map<String, TurnoverFigure> expected(
            List<Person> people, LocalDate from, LocalDate to, BiFunction<Person, LocalDate, String> group) {
        Map<String, long[]> tally = new TreeMap<>();
        for (Person p : people) {
            if (p.employedOn(from)) {
                tally.computeIfAbsent(group.apply(p, from), k -> new long[6])[0]++;
            }
            if (p.employedOn(to)) {
                tally.computeIfAbsent(group.apply(p, to), k -> new long[6])[1]++;
            }
            if (p.hire != null && !p.hire.isBefore(from) && !p.hire.isAfter(to)) {
                tally.computeIfAbsent(group.apply(p, p.hire), k -> new long[6])[2]++;
            }
            if (p.leftIn(from, to)) {
                long[] f = tally.computeIfAbsent(group.apply(p, p.leaving), k -> new long[6]);
                f[3]++;
                f[4] += p.voluntary ? 1 : 0;
                f[5] += p.regretted ? 1 : 0;
            }
        }
        Map<String, TurnoverFigure> figures = new HashMap<>();
        tally.forEach(
                (key, f) -> figures.put(key, new TurnoverFigure(key, key, key, f[0], f[1], f[2], f[3], f[4], f[5])));
        return figures;
    }

    /** Employees reporting to {@code manager} (staying, and leaving with a case) and HR's classification of some. */
    private void staff(
            OffboardingFixture fixture,
            Employee manager,
            Department department,
            int staying,
            LocalDate from,
            LocalDate today,
            int leaving,
            boolean classify)
            throws Exception {
        for (int i = 0; i < staying; i++) {
            employee(fixture, manager, department, from);
        }
        for (int i = 0; i < leaving; i++) {
            Employee leaver = employee(fixture, manager, department, from);
            LocalDate lastDay = dayIn(latest(from, leaver.getHireDate()), today);
            OffboardingCase opened = hrAdmin.call(() -> cases.openCase(new ResignationNotice(
                    leaver.getEmployeeNumber(), lastDay.minusDays(30), lastDay, null, NoticeSource.HR)));
            lastCaseId = opened.getId();
            if (classify) {
                LeavingType type = LeavingType.values()[random.nextInt(LeavingType.values().length)];
                boolean regretted = random.nextBoolean();
                hrAdmin.call(() -> classification.classify(opened.getId(), type, regretted));
            }
        }
    }

    /** A new report with a random hire date in the last 15 years (some inside the period), title and department. */
    private Employee employee(OffboardingFixture fixture, Employee manager, Department department, LocalDate from)
            throws Exception {
        Employee employee = fixture.report(manager, department);
        transaction.begin();
        Employee managed = em.find(Employee.class, employee.getId());
        managed.setHireDate(
                random.nextInt(4) == 0 ? from.plusDays(random.nextInt(200)) : from.minusDays(random.nextInt(15 * 365)));
        managed.setJobTitle(TITLES.get(random.nextInt(TITLES.size())));
        managed.setJobGrade(GRADES.get(random.nextInt(GRADES.size())));
        transaction.commit();
        return managed;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private LocalDate dayIn(LocalDate from, LocalDate to) {
        return from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
    }

    /** Every stored employee with what turnover needs, read as entities. */
    private World world() {
        World world = new World();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createQuery("""
                select e.id, e.hireDate, e.leavingDate, d.code, e.jobTitle, m.id, e.jobGrade from Employee e
                left join e.department d left join e.manager m""").getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> caseRows = em.createQuery("""
                select c.employee.id, c.lastDay, c.status, c.leavingType, c.regretted from OffboardingCase c""").getResultList();
        for (Object[] row : rows) {
            Person p = new Person(
                    (Long) row[0],
                    (LocalDate) row[1],
                    (LocalDate) row[2],
                    row[3] == null ? "-" : (String) row[3],
                    row[4] == null ? "-" : (String) row[4],
                    row[6] == null ? "-" : (String) row[6]);
            world.employees.put(p.id, p);
            if (row[5] != null) {
                world.reports
                        .computeIfAbsent((Long) row[5], k -> new ArrayList<>())
                        .add(p.id);
            }
        }
        for (Object[] row : caseRows) {
            Person p = world.employees.get((Long) row[0]);
            if (p.leaving != null && p.leaving.equals(row[1]) && row[2] != CaseStatus.WITHDRAWN) {
                p.voluntary |= row[3] == LeavingType.VOLUNTARY;
                p.regretted |= (Boolean) row[4];
            }
        }
        return world;
    }

    static final class World {
        final Map<Long, Person> employees = new HashMap<>();
        final Map<Long, List<Long>> reports = new HashMap<>();

        Set<Long> below(long manager) {
            Set<Long> below = new HashSet<>();
            List<Long> next = new ArrayList<>(reports.getOrDefault(manager, List.of()));
            while (!next.isEmpty()) {
                Long id = next.remove(next.size() - 1);
                if (below.add(id)) {
                    next.addAll(reports.getOrDefault(id, List.of()));
                }
            }
            return below;
        }
    }

    static final class Person {
        final long id;
        final LocalDate hire;
        final LocalDate leaving;
        final String department;
        final String title;
        final String grade;
        boolean voluntary;
        boolean regretted;

        Person(long id, LocalDate hire, LocalDate leaving, String department, String title, String grade) {
            this.id = id;
            this.hire = hire;
            this.leaving = leaving;
            this.department = department;
            this.title = title;
            this.grade = grade;
        }

        boolean employedOn(LocalDate day) {
            return (hire == null || !hire.isAfter(day)) && (leaving == null || !leaving.isBefore(day));
        }

        boolean leftIn(LocalDate from, LocalDate to) {
            return leaving != null && !leaving.isBefore(from) && !leaving.isAfter(to);
        }

        /** Whole years of service on {@code day} in the bands of the report. */
        String tenureBand(LocalDate day) {
            if (hire == null) {
                return "U";
            }
            int years = java.time.Period.between(hire, day).getYears();
            return years < 1 ? "A" : years < 3 ? "B" : years < 5 ? "C" : years < 10 ? "D" : "E";
        }
    }
}
