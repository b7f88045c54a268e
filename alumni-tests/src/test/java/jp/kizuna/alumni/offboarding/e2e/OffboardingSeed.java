package jp.kizuna.alumni.offboarding.e2e;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.offboarding.CaseStatus;
import jp.kizuna.alumni.offboarding.ChecklistCategory;
import jp.kizuna.alumni.offboarding.ChecklistTemplate;
import jp.kizuna.alumni.offboarding.NoticeSource;
import jp.kizuna.alumni.offboarding.OffboardingCase;
import jp.kizuna.alumni.offboarding.ReasonCategory;
import jp.kizuna.alumni.offboarding.ResignationNotice;
import jp.kizuna.alumni.offboarding.TaskOwner;

/**
 * Test-only module deployed beside the real EAR's modules for the browser tests: creates the
 * people and past cases a browser test needs (the full deployment has no demo data), and answers
 * with what the test must type or look for. Never part of the product.
 */
@WebServlet("/seed")
public class OffboardingSeed extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Resource
    private UserTransaction transaction;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        try {
            transaction.begin();
            String answer = switch (request.getParameter("what")) {
                case "report" -> report();
                case "survey" -> survey();
                case "overdue" -> overdue();
                case "departures" ->
                    departures(
                            Integer.parseInt(request.getParameter("year")),
                            Integer.parseInt(request.getParameter("count")));
                case "pastLastDay" -> pastLastDay();
                case "templates" -> templates();
                case "retireTemplate" -> retireTemplate(Long.parseLong(request.getParameter("id")));
                case "employee" -> employee();
                case "answers" ->
                    answers(
                            Integer.parseInt(request.getParameter("year")),
                            Integer.parseInt(request.getParameter("count")));
                case "returns" ->
                    returns(
                            Integer.parseInt(request.getParameter("year")),
                            Integer.parseInt(request.getParameter("count")));
                default -> throw new IllegalArgumentException(request.getParameter("what"));
            };
            transaction.commit();
            response.getWriter().write(answer);
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** A new report of manager.sato; answers the employee number. */
    private String report() {
        Employee sato = person("manager.sato", "佐藤", "健");
        person("hr.admin", "人事", "花子");
        Employee report = new Employee("EB" + unique(), "木村", "蓮");
        report.rename("木村", "蓮", "キムラ", "レン");
        report.setManager(sato);
        report.setDepartment(department("E2E"));
        report.setHireDate(LocalDate.of(2019, 4, 1));
        em.persist(report);
        return report.getEmployeeNumber();
    }

    /** A leaver past their last day with an exit survey link; answers the link's token. */
    private String survey() {
        Employee leaver = new Employee("ES" + unique(), "林", "さくら");
        leaver.setDepartment(department("E2E"));
        em.persist(leaver);
        LocalDate lastDay = LocalDate.now().minusDays(3);
        OffboardingCase past = new OffboardingCase(
                leaver,
                new ResignationNotice(
                        leaver.getEmployeeNumber(), lastDay.minusDays(30), lastDay, null, NoticeSource.HR),
                lastDay.minusDays(30).atStartOfDay(),
                "seed");
        em.persist(past);
        em.flush();
        String token = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
        em.createQuery("update OffboardingCase c set c.surveyToken = :t, c.surveyExpiresOn = :d where c.id = :id")
                .setParameter("t", token)
                .setParameter("d", lastDay.plusDays(60))
                .setParameter("id", past.getId())
                .executeUpdate();
        return token;
    }

    /**
     * A report of manager.sato leaving in five days whose handover note was due three days ago;
     * answers the task's Japanese title.
     */
    private String overdue() {
        Employee sato = person("manager.sato", "佐藤", "健");
        Employee leaver = new Employee("EO" + unique(), "遅延", "太郎");
        leaver.setManager(sato);
        leaver.setDepartment(department("E2E"));
        em.persist(leaver);
        LocalDate lastDay = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(5);
        OffboardingCase open = new OffboardingCase(
                leaver,
                new ResignationNotice(
                        leaver.getEmployeeNumber(), lastDay.minusDays(30), lastDay, null, NoticeSource.HR),
                lastDay.minusDays(30).atStartOfDay(),
                "seed");
        em.persist(open);
        em.flush();
        String title = "引き継ぎ資料の作成 " + unique();
        em.createNativeQuery(
                        "insert into checklist_item (id, version, case_id, title_ja, title_en, category, owner,"
                                + " days_from_last_day, due_date, sort_order)"
                                + " values (nextval('alumni_id_seq'), 0, ?1, ?2, ?3, 'KNOWLEDGE_TRANSFER', 'LEAVER', -8, ?4, 1)")
                .setParameter(1, open.getId())
                .setParameter(2, title)
                .setParameter(3, "Handover notes")
                .setParameter(4, lastDay.minusDays(8))
                .executeUpdate();
        return title;
    }

    /** {@code count} closed departures in a new department in June of {@code year}; answers its English name. */
    private String departures(int year, int count) {
        Department department = department("E2E");
        ReasonCategory career = em.createQuery(
                        "select r from ReasonCategory r where r.code = 'CAREER'", ReasonCategory.class)
                .getSingleResult();
        for (int i = 0; i < count; i++) {
            Employee leaver = new Employee("EA" + unique(), "退職", "者" + i);
            leaver.setDepartment(department);
            em.persist(leaver);
            LocalDate lastDay = LocalDate.of(year, 6, 10 + i);
            OffboardingCase past = new OffboardingCase(
                    leaver,
                    new ResignationNotice(
                            leaver.getEmployeeNumber(), lastDay.minusDays(40), lastDay, null, NoticeSource.HR),
                    lastDay.minusDays(40).atStartOfDay(),
                    "seed");
            past.recordReasons(career, Set.of(), null);
            em.persist(past);
            for (CaseStatus step : new CaseStatus[] {CaseStatus.INTERVIEWS, CaseStatus.HANDOVER, CaseStatus.LAST_DAY}) {
                past.moveTo(step, lastDay, lastDay.atStartOfDay());
            }
            past.moveTo(
                    CaseStatus.FOLLOW_UP,
                    lastDay.plusDays(1),
                    lastDay.plusDays(1).atStartOfDay());
            past.moveTo(
                    CaseStatus.CLOSED,
                    lastDay.plusMonths(1),
                    lastDay.plusMonths(1).atStartOfDay());
            leaver.left(lastDay);
        }
        return department.getNameEn();
    }

    /**
     * A report of manager.sato whose last day was 40 days ago, the case at the last-day step (the
     * next step starts the follow-up); answers the case id and the leaver's name, tab-separated.
     */
    private String pastLastDay() {
        Employee sato = person("manager.sato", "佐藤", "健");
        person("hr.admin", "人事", "花子");
        Employee leaver = new Employee("EF" + unique(), "追跡", "花");
        leaver.setManager(sato);
        leaver.setDepartment(department("E2E"));
        leaver.setHireDate(LocalDate.of(2018, 4, 1));
        em.persist(leaver);
        LocalDate lastDay = LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(40);
        leaver.resignationReceived(lastDay);
        OffboardingCase past = new OffboardingCase(
                leaver,
                new ResignationNotice(
                        leaver.getEmployeeNumber(), lastDay.minusDays(30), lastDay, null, NoticeSource.HR),
                lastDay.minusDays(30).atStartOfDay(),
                "seed");
        em.persist(past);
        for (CaseStatus step : new CaseStatus[] {CaseStatus.INTERVIEWS, CaseStatus.HANDOVER, CaseStatus.LAST_DAY}) {
            past.moveTo(step, lastDay, lastDay.atStartOfDay());
        }
        em.flush();
        return past.getId() + "\t" + leaver.getFullName();
    }

    /**
     * A company-wide template with the statutory tasks and a department template that repeats one of
     * them and adds its own, and a report of manager.sato in that department; answers the employee
     * number and the company-wide template's id (to retire it afterwards), tab-separated.
     */
    private String templates() {
        Department department = department("E2C");
        ChecklistTemplate common = new ChecklistTemplate("共通の退職手続き（検証）", "Common offboarding (test)", null, null);
        common.addItem("離職票の交付", "Issue the separation notice", ChecklistCategory.FINAL_PAPERWORK, TaskOwner.HR, 10);
        common.addItem(
                "源泉徴収票の交付", "Issue the withholding tax statement", ChecklistCategory.FINAL_PAPERWORK, TaskOwner.HR, 30);
        common.addItem(
                "健康保険証の回収", "Collect the health insurance card", ChecklistCategory.EQUIPMENT_RETURN, TaskOwner.HR, 0);
        common.addItem(
                "社員証・入館証の返却", "Return ID and access cards", ChecklistCategory.EQUIPMENT_RETURN, TaskOwner.LEAVER, 0);
        common.addItem("アカウント停止", "Disable accounts", ChecklistCategory.ACCESS_REMOVAL, TaskOwner.IT, 1);
        em.persist(common);
        ChecklistTemplate own = new ChecklistTemplate("検証部の退職手続き", "Test unit offboarding", department, null);
        own.addItem("検証環境の権限削除", "Remove test environment access", ChecklistCategory.ACCESS_REMOVAL, TaskOwner.IT, 0);
        own.addItem(
                "社員証・入館証の返却", "Return ID and access cards", ChecklistCategory.EQUIPMENT_RETURN, TaskOwner.LEAVER, -1);
        em.persist(own);
        Employee report = new Employee("EC" + unique(), "手続", "守");
        report.setManager(person("manager.sato", "佐藤", "健"));
        report.setDepartment(department);
        em.persist(report);
        em.flush();
        return report.getEmployeeNumber() + "\t" + common.getId();
    }

    /** Retires a company-wide template a test made, so other tests' cases do not get its tasks. */
    private String retireTemplate(long id) {
        ChecklistTemplate template = em.find(ChecklistTemplate.class, id);
        template.update(
                template.getNameJa(), template.getNameEn(), template.getDepartment(), template.getJobTitle(), false);
        return "retired";
    }

    /** employee.tanaka's employee record, complete; answers the employee number. */
    private String employee() {
        Employee tanaka = person("employee.tanaka", "田中", "美咲");
        tanaka.rename("田中", "美咲", "タナカ", "ミサキ");
        tanaka.setDepartment(department("E2M"));
        tanaka.setHireDate(LocalDate.of(2020, 4, 1));
        return tanaka.getEmployeeNumber();
    }

    /**
     * {@code count} anonymous exit survey answers of manager.sato's former reports in a new department,
     * in June of {@code year}: offboarding score 4, every other one would come back. Written as rows
     * (the answer's constructor belongs to the survey); ids below zero keep clear of the sequence.
     */
    private String answers(int year, int count) {
        Department department = department("E2E");
        Employee sato = person("manager.sato", "佐藤", "健");
        em.flush();
        for (int i = 0; i < count; i++) {
            em.createNativeQuery("""
                    INSERT INTO exit_survey_response (id, version, case_id, department_id, submitted_month, anonymous,
                        experience_score, offboarding_score, would_return, comment, manager_id, questionnaire_version_id)
                    VALUES (?1, 0, NULL, ?2, ?3, TRUE, 3, 4, ?4, NULL, ?5, 1)""")
                    .setParameter(
                            1,
                            -Math.abs(java.util.concurrent.ThreadLocalRandom.current()
                                    .nextLong(1, Long.MAX_VALUE)))
                    .setParameter(2, department.getId())
                    .setParameter(3, LocalDate.of(year, 6, 1))
                    .setParameter(4, i % 2 == 0)
                    .setParameter(5, sato.getId())
                    .executeUpdate();
        }
        return department.getNameEn();
    }

    /**
     * {@code count} alumni invited in March of {@code year} in a new department, each rehired in June
     * (61 days after their interest) and each referring a candidate hired 30 days after the referral;
     * answers the department's English name. Rows, like the answers above.
     */
    private String returns(int year, int count) {
        Department department = department("E2R");
        em.flush();
        long opportunity = nextId();
        em.createNativeQuery(
                        "INSERT INTO opportunity (id, version, kind, title, description, status, posted_at, posted_by)"
                                + " VALUES (?1, 0, 'REHIRE', 'Return', 'Return', 'OPEN', ?2, 'seed')")
                .setParameter(1, opportunity)
                .setParameter(2, java.time.LocalDateTime.of(year, 1, 1, 9, 0))
                .executeUpdate();
        for (int i = 0; i < count; i++) {
            Employee alumnus = new Employee("ER" + unique(), "戻る", "人" + i);
            alumnus.setDepartment(department);
            em.persist(alumnus);
            em.flush();
            long profile = nextId();
            java.time.LocalDateTime invited = java.time.LocalDateTime.of(year, 3, 1, 9, 0);
            em.createNativeQuery("INSERT INTO alumnus_profile (id, version, employee_id, status, invited_at, joined_at,"
                            + " department_id) VALUES (?1, 0, ?2, 'ACTIVE', ?3, ?4, ?5)")
                    .setParameter(1, profile)
                    .setParameter(2, alumnus.getId())
                    .setParameter(3, invited)
                    .setParameter(4, invited.plusDays(10))
                    .setParameter(5, department.getId())
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO opportunity_interest (id, version, opportunity_id, profile_id, stage,"
                            + " expressed_at, stage_changed_at) VALUES (?1, 0, ?2, ?3, 'HIRED', ?4, ?5)")
                    .setParameter(1, nextId())
                    .setParameter(2, opportunity)
                    .setParameter(3, profile)
                    .setParameter(4, java.time.LocalDateTime.of(year, 4, 1, 9, 0))
                    .setParameter(5, java.time.LocalDateTime.of(year, 6, 1, 9, 0))
                    .executeUpdate();
            em.createNativeQuery(
                            "INSERT INTO referral (id, version, referrer_id, candidate_name, candidate_email, status,"
                                    + " submitted_at, status_changed_at) VALUES (?1, 0, ?2, '候補 者', 'candidate@example.com', 'HIRED', ?3, ?4)")
                    .setParameter(1, nextId())
                    .setParameter(2, profile)
                    .setParameter(3, java.time.LocalDateTime.of(year, 5, 1, 9, 0))
                    .setParameter(4, java.time.LocalDateTime.of(year, 5, 31, 9, 0))
                    .executeUpdate();
        }
        return department.getNameEn();
    }

    private long nextId() {
        return ((Number) em.createNativeQuery("SELECT nextval('alumni_id_seq')").getSingleResult()).longValue();
    }

    private Employee person(String login, String family, String given) {
        return em.createQuery("select e from Employee e where e.loginName = :l", Employee.class)
                .setParameter("l", login)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Employee person = new Employee("T-" + login, family, given);
                    person.setLoginName(login);
                    em.persist(person);
                    return person;
                });
    }

    private Department department(String prefix) {
        String suffix = unique();
        Department department = new Department(prefix + "-" + suffix, "検証部" + suffix, "Test unit " + suffix);
        em.persist(department);
        return department;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
