package jp.kizuna.alumni.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Locale;
import java.util.logging.Logger;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.shared.Setting;

/**
 * Demo organisation for the one-command run: departments and the people behind the demo
 * Keycloak users (hr.admin, manager.sato, employee.tanaka, alumni.yamada, alumni.smith).
 * Runs only when the system property {@code alumni.demo-data} is true, and only once.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("DatabaseMigration")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @PostConstruct
    void load() {
        if (!Setting.DEMO_DATA.on()) {
            return;
        }
        if (!em.createQuery("select d from Department d where d.code = 'HR'")
                .getResultList()
                .isEmpty()) {
            return;
        }
        Department hr = persist(new Department("HR", "人事部", "Human Resources"));
        Department sales = persist(new Department("SALES", "営業部", "Sales"));
        Department engineering = persist(new Department("ENG", "開発部", "Engineering"));
        persist(new Department("FIN", "経理部", "Finance"));

        Employee hrAdmin = employee(
                "E0001", "人事", "花子", "ジンジ", "ハナコ", "hr.admin", hr, null, LocalDate.of(2008, 4, 1), Locale.JAPANESE);
        Employee sato = employee(
                "E0102",
                "佐藤",
                "健",
                "サトウ",
                "ケン",
                "manager.sato",
                engineering,
                null,
                LocalDate.of(2012, 4, 1),
                Locale.JAPANESE);
        employee(
                "E0245",
                "田中",
                "美咲",
                "タナカ",
                "ミサキ",
                "employee.tanaka",
                engineering,
                sato,
                LocalDate.of(2019, 4, 1),
                Locale.JAPANESE);
        Employee yamada = employee(
                "E0033",
                "山田",
                "太郎",
                "ヤマダ",
                "タロウ",
                "alumni.yamada",
                sales,
                null,
                LocalDate.of(2010, 4, 1),
                Locale.JAPANESE);
        yamada.left(LocalDate.of(2024, 3, 31));
        yamada.setPersonalEmail("taro.yamada@example.net");
        Employee smith = employee(
                "E0310",
                "Smith",
                "Emily",
                null,
                null,
                "alumni.smith",
                engineering,
                sato,
                LocalDate.of(2018, 10, 1),
                Locale.ENGLISH);
        smith.left(LocalDate.of(2025, 6, 30));
        smith.setPersonalEmail("emily.smith@example.net");
        LOG.info(() -> "Demo organisation loaded; HR contact employee " + hrAdmin.getEmployeeNumber());
    }

    private Employee employee(
            String number,
            String family,
            String given,
            String familyKana,
            String givenKana,
            String login,
            Department department,
            Employee manager,
            LocalDate hired,
            Locale locale) {
        Employee employee = new Employee(number, family, given);
        employee.rename(family, given, familyKana, givenKana);
        employee.setLoginName(login);
        employee.setDepartment(department);
        employee.setManager(manager);
        employee.setHireDate(hired);
        employee.setPreferredLocale(locale);
        employee.setWorkEmail(login + "@example.co.jp");
        return persist(employee);
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }
}
