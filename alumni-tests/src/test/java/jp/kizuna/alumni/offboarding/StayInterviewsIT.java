package jp.kizuna.alumni.offboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.it.AsScheduledJob;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.ServiceTest;
import jp.kizuna.alumni.offboarding.stay.FlightRisk;
import jp.kizuna.alumni.offboarding.stay.StayExitComparison;
import jp.kizuna.alumni.offboarding.stay.StayExitReport;
import jp.kizuna.alumni.offboarding.stay.StayInterview;
import jp.kizuna.alumni.offboarding.stay.StayInterviewDraft;
import jp.kizuna.alumni.offboarding.stay.StayInterviews;
import jp.kizuna.alumni.offboarding.stay.StaySummary;
import jp.kizuna.alumni.privacy.ExitDataRetention;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.subjectaccess.PersonalDataReport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Stay interviews keep HR-only notes by default, also when a manager writes them, and refuse a wider level
 * unless confirmed; a manager sees their own reports' interviews without the concerns HR kept to itself.
 * The comparison with exit reasons matches a count made here from the stored interviews and cases (as
 * entities), with small groups hidden.
 */
class StayInterviewsIT extends ServiceTest {

    private static final int MIN = 5;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(StayInterviewsIT.class, OffboardingFixture.class);
    }

    @Inject
    OffboardingCases cases;

    @Inject
    StayInterviews interviews;

    @Inject
    StayExitComparison comparison;

    @EJB
    AsScheduledJob scheduledJob;

    @Inject
    ExitDataRetention retention;

    @Inject
    PersonalDataReport personalData;

    @Test
    void confidentialityAndConcernsAgainstExitReasons() throws Exception {
        OffboardingFixture fixture = new OffboardingFixture(em, transaction);
        Employee sato = fixture.person("manager.sato", "佐藤", "健");
        Employee other = fixture.person("mgr.st" + System.nanoTime(), "井上", "学");
        Department department = fixture.department("STA");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));

        // A manager's own write-up stays with HR unless they confirm a wider level.
        Employee report = fixture.report(sato, department);
        StayInterview own = manager.call(() -> interviews.record(draft(report, today, "MANAGER", null, false)));
        assertEquals(Confidentiality.HR_ONLY, own.getConfidentiality());
        assertEquals(
                "offboarding.interview.wideningNotConfirmed",
                assertThrows(
                                BusinessException.class,
                                () -> manager.call(() -> interviews.record(
                                        draft(report, today, "PAY", Confidentiality.MANAGER_AND_HR, false))))
                        .getKey());
        manager.call(() -> interviews.record(draft(report, today, "PAY", Confidentiality.MANAGER_AND_HR, true)));
        Employee notHis = fixture.report(other, department);
        assertEquals(
                "offboarding.stay.notYourReport",
                assertThrows(
                                BusinessException.class,
                                () -> manager.call(() -> interviews.record(draft(notHis, today, "PAY", null, false))))
                        .getKey());

        // HR interviews 11 of Sato's reports: 6 say pay, 5 career; all leave, the 6 for pay, the 5 for their manager.
        for (int i = 0; i < 11; i++) {
            Employee person = fixture.report(sato, department);
            String concern = i < 6 ? "PAY" : "CAREER";
            LocalDate heldOn = today.minusDays(60 + i);
            hrAdmin.call(() -> interviews.record(draft(person, heldOn, concern, null, false)));
            String reason = i < 6 ? "PAY" : "MANAGER";
            hrAdmin.call(() -> {
                OffboardingCase opened = cases.openCase(new ResignationNotice(
                        person.getEmployeeNumber(), today.minusDays(20), today.plusDays(10), null, NoticeSource.HR));
                return cases.recordReasons(opened.getId(), reason, Set.of(), null);
            });
        }

        List<StaySummary> seenBySato = manager.call(() -> interviews.recent(500));
        StaySummary hrsInterview =
                seenBySato.stream().filter(s -> !s.readable()).findFirst().orElseThrow();
        assertNull(hrsInterview.primaryConcern(), "HR-only concern");
        assertNull(hrsInterview.risk());
        assertThrows(BusinessException.class, () -> manager.call(() -> interviews.readNotes(hrsInterview.id())));
        StaySummary his = seenBySato.stream()
                .filter(s -> s.id() == own.getId())
                .findFirst()
                .orElseThrow();
        assertTrue(his.readable(), "the interviewer reads their own");
        assertEquals("The team is stretched.", manager.call(() -> interviews.readNotes(own.getId())));
        assertFalse(seenBySato.stream().anyMatch(s -> s.employeeNumber().equals(notHis.getEmployeeNumber())));

        LocalDate from = today.minusDays(365);
        LocalDate to = today.plusDays(60);
        StayExitReport compared = hrAdmin.call(() -> comparison.report(from, to));
        em.clear();
        Map<String, Long> stay = new TreeMap<>();
        List<StayInterview> stored = em.createQuery("select s from StayInterview s", StayInterview.class)
                .getResultList();
        stored.stream()
                .filter(s -> !s.getHeldOn().isBefore(from) && !s.getHeldOn().isAfter(to))
                .forEach(s -> stay.merge(
                        s.getPrimaryConcern() == null
                                ? "NONE"
                                : s.getPrimaryConcern().getCode(),
                        1L,
                        Long::sum));
        Map<String, Long> exit = new TreeMap<>();
        long withStay = 0;
        long heard = 0;
        for (OffboardingCase c : em.createQuery("select c from OffboardingCase c", OffboardingCase.class)
                .getResultList()) {
            if (c.getStatus() == CaseStatus.WITHDRAWN
                    || c.getLastDay().isBefore(from)
                    || c.getLastDay().isAfter(to)) {
                continue;
            }
            exit.merge(c.getPrimaryReason() == null ? "-" : c.getPrimaryReason().getCode(), 1L, Long::sum);
            List<StayInterview> before = stored.stream()
                    .filter(s -> s.getEmployee().getId().equals(c.getEmployee().getId())
                            && !s.getHeldOn().isAfter(c.getNoticeDate())
                            && !s.getHeldOn().isBefore(c.getNoticeDate().minusYears(1)))
                    .toList();
            if (!before.isEmpty()) {
                withStay++;
                boolean named = c.getPrimaryReason() != null
                        && before.stream()
                                .anyMatch(s -> c.getPrimaryReason().equals(s.getPrimaryConcern())
                                        || s.getOtherConcerns().contains(c.getPrimaryReason()));
                heard += named ? 1 : 0;
            }
        }
        assertSide(
                stay,
                compared.rows().stream().collect(HashMap::new, (m, r) -> m.put(r.key(), r.stay()), Map::putAll),
                compared.hiddenStay());
        assertSide(
                exit,
                compared.rows().stream().collect(HashMap::new, (m, r) -> m.put(r.key(), r.exit()), Map::putAll),
                compared.hiddenExit());
        assertEquals(stay.values().stream().mapToLong(Long::longValue).sum(), compared.stayTotal());
        assertNotNull(compared.withStayInterview());
        assertEquals(withStay, compared.withStayInterview());
        long unheard = withStay - heard;
        boolean heardShown = heard == 0 || heard >= MIN && (unheard == 0 || unheard >= MIN);
        assertEquals(heardShown ? Long.valueOf(heard) : null, compared.concernSeen());
        assertTrue(withStay >= 11 && heard >= 6, withStay + " / " + heard);

        assertThrows(EJBAccessException.class, () -> manager.call(() -> comparison.report(from, to)));
    }

    /** Each shown count equals the stored count and is not small; the hidden rest is none or large enough. */
    private static void assertSide(Map<String, Long> expected, Map<String, Long> shown, int hidden) {
        long rest = 0;
        int hiddenGroups = 0;
        for (Map.Entry<String, Long> group : expected.entrySet()) {
            Long figure = shown.get(group.getKey());
            if (figure == null) {
                rest += group.getValue();
                hiddenGroups++;
            } else {
                assertEquals(group.getValue(), figure, group.getKey());
                assertTrue(figure >= MIN, group.getKey());
            }
        }
        assertEquals(hiddenGroups, hidden);
        assertTrue(rest == 0 || rest >= MIN, "hidden rest " + rest);
    }

    /**
     * The nightly retention sweep erases the notes of stay interviews held before the retention period and
     * keeps newer ones and every interview's concerns; the employee's own data report lists their stay
     * interviews with the concerns they raised, without HR's notes or risk, and nobody else's.
     */
    @Test
    void retentionSweepAndTheEmployeesOwnReport() throws Exception {
        OffboardingFixture fixture = new OffboardingFixture(em, transaction);
        Employee tanaka = fixture.person("employee.tanaka", "田中", "花子");
        Employee sato = fixture.person("manager.sato", "佐藤", "健");
        Employee colleague = fixture.report(sato, fixture.department("STR"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        int months = ExitDataRetention.retentionMonths();
        // Other tests may have made her an alumna since: the interviews she had while employed stay hers.
        StayInterview old = heldWhileEmployed(tanaka, today.minusMonths(months).minusDays(10), "PAY", today);
        StayInterview recent = heldWhileEmployed(tanaka, today.minusDays(3), "CAREER", today);
        StayInterview colleagues =
                hrAdmin.call(() -> interviews.record(draft(colleague, today.minusDays(2), "PAY", null, false)));

        ExitDataRetention.Sweep sweep = scheduledJob.call(retention::sweep);
        assertTrue(sweep.stayInterviewNotes() >= 1, sweep.toString());
        assertNull(hrAdmin.call(() -> interviews.readNotes(old.getId())), "notes past the retention period are erased");
        assertEquals("The team is stretched.", hrAdmin.call(() -> interviews.readNotes(recent.getId())));
        assertEquals("The team is stretched.", hrAdmin.call(() -> interviews.readNotes(colleagues.getId())));
        StaySummary oldSummary = hrAdmin.call(() -> interviews.recent(500)).stream()
                .filter(s -> s.id() == old.getId())
                .findFirst()
                .orElseThrow();
        assertEquals("PAY", oldSummary.primaryConcern(), "the concerns stay for the analytics");
        assertFalse(oldSummary.hasNotes());
        assertEquals(0, hrAdmin.call(retention::sweep).stayInterviewNotes(), "a second sweep finds nothing more");

        JsonObject report = employee.call(personalData::mine);
        JsonArray own = report.getJsonArray("stayInterviews");
        Set<String> days = new java.util.HashSet<>();
        for (JsonObject interview : own.getValuesAs(JsonObject.class)) {
            days.add(interview.getString("heldOn"));
            assertFalse(
                    interview.containsKey("notes")
                            || interview.containsKey("risk")
                            || interview.containsKey("flightRisk"),
                    interview.toString());
            if (interview.getString("heldOn").equals(recent.getHeldOn().toString())) {
                assertEquals("キャリアアップ・成長機会", interview.getString("mainConcern"), interview.toString());
                assertEquals("業務量・労働時間", interview.getJsonArray("otherConcerns").getString(0), interview.toString());
            }
        }
        assertTrue(
                days.contains(old.getHeldOn().toString())
                        && days.contains(recent.getHeldOn().toString()),
                days.toString());
        assertEquals(
                em.createQuery(
                                "select count(s) from StayInterview s where s.employee.loginName = 'employee.tanaka'",
                                Long.class)
                        .getSingleResult()
                        .intValue(),
                own.size(),
                "nobody else's");
        assertFalse(report.toString().contains("The team is stretched."), "HR's notes are not in the report");
        assertFalse(report.toString().contains(colleague.getEmployeeNumber()));
    }

    private StayInterview heldWhileEmployed(Employee person, LocalDate heldOn, String concern, LocalDate today)
            throws Exception {
        transaction.begin();
        ReasonCategory main = category(concern);
        StayInterview interview = new StayInterview(
                em.find(Employee.class, person.getId()),
                heldOn,
                today,
                "hr.admin",
                "山田 人事",
                main,
                Set.of(category("WORKLOAD")),
                FlightRisk.MEDIUM,
                "The team is stretched.",
                Confidentiality.HR_ONLY,
                List.of(),
                java.time.LocalDateTime.now());
        em.persist(interview);
        transaction.commit();
        return interview;
    }

    private ReasonCategory category(String code) {
        return em.createQuery("select r from ReasonCategory r where r.code = :c", ReasonCategory.class)
                .setParameter("c", code)
                .getSingleResult();
    }

    private static StayInterviewDraft draft(
            Employee employee, LocalDate heldOn, String concern, Confidentiality level, boolean confirmed) {
        return new StayInterviewDraft(
                employee.getEmployeeNumber(),
                heldOn,
                concern,
                Set.of("WORKLOAD"),
                FlightRisk.MEDIUM,
                "The team is stretched.",
                level,
                List.of(),
                confirmed);
    }
}
