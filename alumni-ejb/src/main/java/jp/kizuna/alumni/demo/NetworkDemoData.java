package jp.kizuna.alumni.demo;

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
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import jp.kizuna.alumni.event.AlumniEvent;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.network.AlumniNetwork;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.network.BilingualText;
import jp.kizuna.alumni.network.NewsPost;
import jp.kizuna.alumni.network.Openness;
import jp.kizuna.alumni.opportunity.Opportunity;
import jp.kizuna.alumni.opportunity.OpportunityKind;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import jp.kizuna.alumni.privacy.ConsentRecord;
import jp.kizuna.alumni.shared.Setting;

/**
 * Demo alumni network for the one-command run: profiles and consents for alumni.yamada and
 * alumni.smith, a dozen more alumni for the directory, openings, events, news and a pilot network.
 * Only when {@code alumni.demo-data} is true, and only once.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("DemoData")
public class NetworkDemoData {

    private static final Logger LOG = Logger.getLogger(NetworkDemoData.class.getName());

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Clock clock;

    @PostConstruct
    void load() {
        if (!Setting.DEMO_DATA.on()
                || !em.createQuery("select p from AlumnusProfile p")
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty()) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        AlumniNetwork company = AlumniNetwork.companyWide(em);

        employee("E0033")
                .ifPresent(yamada -> member(
                        yamada,
                        company,
                        EnumSet.allOf(ConsentPurpose.class),
                        "株式会社さくら商事",
                        "営業部長",
                        "東京",
                        List.of("法人営業", "交渉", "マネジメント"),
                        EnumSet.of(Openness.REHIRE, Openness.MENTORING, Openness.REFERRALS),
                        now));
        employee("E0310")
                .ifPresent(smith -> member(
                        smith,
                        company,
                        EnumSet.of(
                                ConsentPurpose.NEWS_EVENTS, ConsentPurpose.DIRECTORY, ConsentPurpose.SIDE_JOB_OFFERS),
                        "Globex Ltd.",
                        "Staff Engineer",
                        "Singapore",
                        List.of("Java", "Kubernetes", "Cloud"),
                        EnumSet.of(Openness.SIDE_JOB, Openness.COLLABORATION, Openness.SPEAKING),
                        now));

        String[][] more = {
            {"E9001", "高橋", "直樹", "タカハシ", "ナオキ", "ENG", "大阪", "Java,SQL,設計"},
            {"E9002", "伊藤", "美穂", "イトウ", "ミホ", "SALES", "東京", "営業,マーケティング"},
            {"E9003", "渡辺", "剛", "ワタナベ", "ツヨシ", "FIN", "名古屋", "会計,監査"},
            {"E9004", "中村", "彩", "ナカムラ", "アヤ", "ENG", "福岡", "Python,機械学習"},
            {"E9005", "小林", "大輔", "コバヤシ", "ダイスケ", "HR", "東京", "採用,労務"},
            {"E9006", "加藤", "真由美", "カトウ", "マユミ", "SALES", "札幌", "営業,交渉"},
            {"E9007", "吉田", "翔", "ヨシダ", "ショウ", "ENG", "東京", "Java,Kubernetes"},
            {"E9008", "山本", "恵", "ヤマモト", "メグミ", "FIN", "大阪", "財務,IR"},
        };
        int i = 0;
        for (String[] row : more) {
            Employee person = new Employee(row[0], row[1], row[2]);
            person.rename(row[1], row[2], row[3], row[4]);
            person.setDepartment(department(row[5]));
            person.setHireDate(LocalDate.of(2008 + i, 4, 1));
            person.setPersonalEmail(row[0].toLowerCase(Locale.ROOT) + "@example.net");
            person.resignationReceived(LocalDate.of(2023, 3 + (i % 9), 28));
            person.left(person.getLeavingDate());
            em.persist(person);
            member(
                    person,
                    company,
                    i % 3 == 0
                            ? EnumSet.of(ConsentPurpose.NEWS_EVENTS, ConsentPurpose.DIRECTORY)
                            : EnumSet.allOf(ConsentPurpose.class),
                    null,
                    null,
                    row[6],
                    List.of(row[7].split(",")),
                    i % 2 == 0 ? EnumSet.of(Openness.REHIRE) : EnumSet.of(Openness.SIDE_JOB, Openness.MENTORING),
                    now);
            i++;
        }

        em.persist(new Opportunity(
                OpportunityKind.REHIRE,
                "法人営業マネージャー（再入社歓迎）",
                "営業部で法人営業チームを率いていただける方を募集します。",
                department("SALES"),
                "東京本社",
                LocalDate.now(clock).plusMonths(2),
                now,
                "hr.admin"));
        em.persist(new Opportunity(
                OpportunityKind.SIDE_JOB,
                "Backend engineer (contract, 2 days a week)",
                "Help the engineering team modernise the order system (Java, Jakarta EE).",
                department("ENG"),
                "Remote",
                null,
                now,
                "hr.admin"));
        em.persist(new Opportunity(
                OpportunityKind.COLLABORATION,
                "新規事業の協業パートナー",
                "アルムナイの所属企業との協業アイデアを募集します。",
                null,
                "オンライン",
                null,
                now,
                "hr.admin"));
        em.persist(new AlumniEvent(
                "アルムナイ交流会 2026 / Alumni reunion 2026",
                "懇親会と事業紹介。",
                now.plusWeeks(6).withHour(19).withMinute(0).withSecond(0).withNano(0),
                "東京本社 20F",
                40,
                "hr.admin"));
        em.persist(new AlumniEvent(
                "Tech talk: our new platform",
                "Engineering update for alumni.",
                now.plusWeeks(3).withHour(18).withMinute(30).withSecond(0).withNano(0),
                "Online",
                100,
                "hr.admin"));
        em.persist(new NewsPost(
                new BilingualText(
                        "アルムナイネットワークを開設しました",
                        "退職された皆さまとのつながりを大切にするため、公式アルムナイネットワークを開設しました。",
                        "Our alumni network is open",
                        "We have opened an official alumni network to stay in touch with everyone who has worked with us."),
                now,
                "hr.admin"));
        AlumniNetwork pilot =
                new AlumniNetwork("ENG-PILOT", "開発部アルムナイ（パイロット）", "Engineering alumni pilot", department("ENG"), now);
        em.persist(pilot);
        employee("E0102").ifPresent(pilot::addAdmin);
        LOG.info("Demo alumni network loaded");
    }

    private void member(
            Employee person,
            AlumniNetwork network,
            Set<ConsentPurpose> consents,
            String employer,
            String role,
            String region,
            List<String> skills,
            Set<Openness> openTo,
            LocalDateTime now) {
        AlumnusProfile profile = new AlumnusProfile(person, null, person.getLeavingDate(), now);
        profile.moveTo(network);
        profile.accept(now.toLocalDate(), now);
        profile.describe(employer, role, region, null, null);
        profile.replaceSkills(skills);
        profile.openTo(openTo);
        em.persist(profile);
        for (ConsentPurpose purpose : consents) {
            em.persist(new ConsentRecord(
                    person,
                    purpose,
                    ConsentPurpose.CURRENT_TEXT_VERSION,
                    person.getPreferredLocale().getLanguage(),
                    now,
                    "demo"));
        }
    }

    private java.util.Optional<Employee> employee(String number) {
        return em.createQuery("select e from Employee e where e.employeeNumber = :n", Employee.class)
                .setParameter("n", number)
                .getResultStream()
                .findFirst();
    }

    private Department department(String code) {
        return em.createQuery("select d from Department d where d.code = :c", Department.class)
                .setParameter("c", code)
                .getSingleResult();
    }
}
