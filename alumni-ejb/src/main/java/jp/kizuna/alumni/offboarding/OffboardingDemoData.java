package jp.kizuna.alumni.offboarding;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.shared.Setting;

/**
 * Offboarding demo for the one-command run: checklist templates, one open case of a report of
 * manager.sato to work on, and a year of past departures so the analytics have something to show.
 * Runs only when {@code alumni.demo-data} is true and only once (it looks for its templates).
 * It stays in this package, unlike the other demo data ({@code jp.kizuna.alumni.demo}): it writes past
 * interviews, offers and surveys through the case's package-private steps, which no other package may
 * call, and it imports nothing above {@code offboarding}.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("DemoData")
public class OffboardingDemoData {

    private static final Logger LOG = Logger.getLogger(OffboardingDemoData.class.getName());
    private static final String[][] NAMES = {
        {"高橋", "翔", "タカハシ", "ショウ"}, {"伊藤", "美穂", "イトウ", "ミホ"}, {"渡辺", "健太", "ワタナベ", "ケンタ"},
        {"山本", "彩", "ヤマモト", "アヤ"}, {"中村", "大輔", "ナカムラ", "ダイスケ"}, {"小林", "結衣", "コバヤシ", "ユイ"},
        {"加藤", "拓也", "カトウ", "タクヤ"}, {"吉田", "奈々", "ヨシダ", "ナナ"}, {"山口", "亮", "ヤマグチ", "リョウ"},
        {"松本", "愛", "マツモト", "アイ"}
    };
    private static final String[] REASONS = {
        "CAREER", "CAREER", "PAY", "MANAGER", "WORKLOAD", "FLEXIBILITY", "FAMILY", "EVALUATION", "HEALTH", "STUDY"
    };

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private StatedReasons statedReasons;

    @PostConstruct
    void load() {
        if (!Setting.DEMO_DATA.on()
                || !em.createQuery("select t from ChecklistTemplate t")
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty()) {
            return;
        }
        templates();
        Employee sato = employee("E0102");
        if (sato == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Employee takahashi = new Employee("E0251", "高橋", "翔");
        takahashi.rename("高橋", "翔", "タカハシ", "ショウ");
        takahashi.setLoginName(null);
        takahashi.setDepartment(sato.getDepartment());
        takahashi.setManager(sato);
        takahashi.setHireDate(LocalDate.of(2020, 4, 1));
        takahashi.setJobTitle("Engineer");
        em.persist(takahashi);
        OffboardingCase open = openCase(takahashi, today.minusDays(5), today.plusDays(40), "一身上の都合", "manager.sato");
        em.persist(new CaseEvent(
                open,
                LocalDateTime.now(clock),
                "manager.sato",
                CaseEvent.Kind.OPENED,
                "MANAGER " + open.getNoticeDate() + " → " + open.getLastDay()));
        history(today);
        LOG.info("Offboarding demo data loaded");
    }

    private void templates() {
        ChecklistTemplate general = new ChecklistTemplate("共通の退職手続き", "Standard offboarding", null, null);
        general.addItem(
                "引継書の作成と共有",
                "Write and share the handover document",
                ChecklistCategory.KNOWLEDGE_TRANSFER,
                TaskOwner.LEAVER,
                -14);
        general.addItem(
                "後任者との引き継ぎ面談",
                "Handover meeting with the successor",
                ChecklistCategory.KNOWLEDGE_TRANSFER,
                TaskOwner.MANAGER,
                -7);
        general.addItem(
                "社外関係者への挨拶・担当変更の連絡",
                "Tell external contacts about the new contact person",
                ChecklistCategory.KNOWLEDGE_TRANSFER,
                TaskOwner.LEAVER,
                -5);
        general.addItem(
                "PC・スマートフォンの返却", "Return laptop and phone", ChecklistCategory.EQUIPMENT_RETURN, TaskOwner.LEAVER, 0);
        general.addItem(
                "社員証・入館証の返却", "Return ID and access cards", ChecklistCategory.EQUIPMENT_RETURN, TaskOwner.LEAVER, 0);
        general.addItem(
                "アカウント・アクセス権の停止",
                "Disable accounts and access rights",
                ChecklistCategory.ACCESS_REMOVAL,
                TaskOwner.IT,
                1);
        general.addItem(
                "退職届・秘密保持誓約書の回収",
                "Collect the resignation letter and NDA",
                ChecklistCategory.FINAL_PAPERWORK,
                TaskOwner.HR,
                -10);
        general.addItem(
                "健康保険証の回収", "Collect the health insurance card", ChecklistCategory.EQUIPMENT_RETURN, TaskOwner.HR, 0);
        general.addItem(
                "離職票の交付",
                "Issue the separation notice (rishokuhyo)",
                ChecklistCategory.FINAL_PAPERWORK,
                TaskOwner.HR,
                10);
        general.addItem(
                "源泉徴収票の交付", "Issue the withholding tax statement", ChecklistCategory.FINAL_PAPERWORK, TaskOwner.HR, 30);
        em.persist(general);
        Department engineering = department("ENG");
        if (engineering != null) {
            ChecklistTemplate eng = new ChecklistTemplate("開発部の退職手続き", "Engineering offboarding", engineering, null);
            eng.addItem(
                    "担当リポジトリ・ドキュメントのオーナー変更",
                    "Transfer ownership of repositories and documents",
                    ChecklistCategory.KNOWLEDGE_TRANSFER,
                    TaskOwner.MANAGER,
                    -7);
            eng.addItem(
                    "本番環境・クラウドの権限削除",
                    "Remove production and cloud access",
                    ChecklistCategory.ACCESS_REMOVAL,
                    TaskOwner.IT,
                    0);
            eng.addItem(
                    "開発用PC・検証端末の返却",
                    "Return development machines and test devices",
                    ChecklistCategory.EQUIPMENT_RETURN,
                    TaskOwner.LEAVER,
                    0);
            eng.addItem(
                    "退職届・秘密保持誓約書の回収",
                    "Collect the resignation letter and NDA",
                    ChecklistCategory.FINAL_PAPERWORK,
                    TaskOwner.HR,
                    -10);
            em.persist(eng);
        }
    }

    /** A year of departures, spread over the departments, for the analytics dashboard. */
    private void history(LocalDate today) {
        List<Department> departments = em.createQuery("select d from Department d order by d.code", Department.class)
                .getResultList();
        Random random = new Random(20240401L);
        for (int i = 0; i < 60; i++) {
            Department department = departments.get(random.nextInt(departments.size()));
            String[] name = NAMES[i % NAMES.length];
            Employee leaver = new Employee(String.format(Locale.ROOT, "E8%03d", i), name[0], name[1]);
            leaver.rename(name[0], name[1], name[2], name[3]);
            leaver.setDepartment(department);
            leaver.setHireDate(LocalDate.of(2010 + random.nextInt(13), 4, 1));
            em.persist(leaver);
            LocalDate lastDay = today.minusDays(20 + random.nextInt(330));
            OffboardingCase past =
                    openCase(leaver, lastDay.minusDays(30 + random.nextInt(40)), lastDay, "一身上の都合", "hr.admin");
            past.recordReasons(
                    category(REASONS[random.nextInt(REASONS.length)]),
                    random.nextBoolean() ? Set.of(category("WORKLOAD")) : Set.of(),
                    null);
            LocalDateTime at = past.getNoticeDate().atTime(10, 0);
            past.moveTo(CaseStatus.INTERVIEWS, past.getNoticeDate(), at);
            boolean offered = random.nextInt(3) == 0;
            if (offered) {
                RetentionOffer offer = new RetentionOffer(
                        past, past.getNoticeDate().plusDays(3), "hr.admin", random.nextBoolean() ? "昇給" : "部署異動");
                em.persist(offer);
                boolean stays = random.nextInt(3) == 0;
                offer.decide(stays ? RetentionOffer.Outcome.ACCEPTED : RetentionOffer.Outcome.DECLINED, null);
                if (stays) {
                    past.moveTo(CaseStatus.WITHDRAWN, past.getNoticeDate().plusDays(5), at.plusDays(5));
                    leaver.resignationWithdrawn();
                    continue;
                }
            }
            past.moveTo(CaseStatus.HANDOVER, lastDay, at);
            past.moveTo(CaseStatus.LAST_DAY, lastDay, at);
            past.moveTo(
                    CaseStatus.FOLLOW_UP,
                    lastDay.plusDays(1),
                    lastDay.plusDays(1).atTime(9, 0));
            past.scheduleFollowUp(lastDay.plusMonths(1));
            leaver.left(lastDay);
            if (!lastDay.plusMonths(1).isBefore(today)) {
                // Still in follow-up: the interview HR holds a month after the last day waits to be written up.
                em.persist(
                        new ExitInterview(past, InterviewKind.FOLLOW_UP, lastDay.plusMonths(1), "hr.admin", "人事 花子"));
            } else {
                past.moveTo(
                        CaseStatus.CLOSED,
                        lastDay.plusMonths(1),
                        lastDay.plusMonths(1).atTime(17, 0));
            }
            if (random.nextInt(4) != 0) {
                em.persist(new ExitSurveyResponse(
                        past,
                        firstSurveyVersion(),
                        new ExitSurveyResponse.SurveyAnswers(
                                2 + random.nextInt(4),
                                2 + random.nextInt(4),
                                random.nextBoolean(),
                                null,
                                random.nextBoolean()),
                        lastDay.plusDays(3)));
                past.surveyCompleted();
            }
        }
    }

    /** The demo history was answered under the survey as it was before HR changed it. */
    private jp.kizuna.alumni.offboarding.questionnaire.QuestionnaireVersion firstSurveyVersion() {
        return em.createQuery(
                        "select v from QuestionnaireVersion v where v.number = 1 and v.questionnaire.purpose"
                                + " = jp.kizuna.alumni.offboarding.questionnaire.QuestionnairePurpose.EXIT_SURVEY",
                        jp.kizuna.alumni.offboarding.questionnaire.QuestionnaireVersion.class)
                .getSingleResult();
    }

    private OffboardingCase openCase(Employee employee, LocalDate notice, LocalDate lastDay, String stated, String by) {
        OffboardingCase opened = new OffboardingCase(
                employee,
                new ResignationNotice(
                        employee.getEmployeeNumber(),
                        notice,
                        lastDay,
                        stated,
                        by.startsWith("hr") ? NoticeSource.HR : NoticeSource.MANAGER),
                notice.atTime(9, 30),
                by);
        opened.statedReasonSays(statedReasons.kindOf(opened));
        em.persist(opened);
        employee.resignationReceived(lastDay);
        if (lastDay.isAfter(LocalDate.now(clock))) {
            List<ChecklistTemplate> active = em.createQuery(
                            "select t from ChecklistTemplate t where t.active = true", ChecklistTemplate.class)
                    .getResultList();
            ChecklistTemplate.tasksFor(active, employee.getDepartment(), employee.getJobTitle())
                    .forEach(item -> em.persist(new ChecklistItem(
                            opened,
                            item,
                            switch (item.getOwner()) {
                                case LEAVER -> employee.getFullName();
                                case MANAGER ->
                                    employee.getManager() == null
                                            ? null
                                            : employee.getManager().getFullName();
                                case HR, IT -> null;
                            })));
        }
        byte[] token = new byte[32];
        new java.security.SecureRandom().nextBytes(token);
        opened.issueSurvey(
                java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(token), lastDay.plusDays(60));
        return opened;
    }

    private ReasonCategory category(String code) {
        return em.createQuery("select r from ReasonCategory r where r.code = :c", ReasonCategory.class)
                .setParameter("c", code)
                .getSingleResult();
    }

    private Employee employee(String number) {
        return em.createQuery("select e from Employee e where e.employeeNumber = :n", Employee.class)
                .setParameter("n", number)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private Department department(String code) {
        return em.createQuery("select d from Department d where d.code = :c", Department.class)
                .setParameter("c", code)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
