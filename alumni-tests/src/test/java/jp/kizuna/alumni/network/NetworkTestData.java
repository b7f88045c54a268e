package jp.kizuna.alumni.network;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import jp.kizuna.alumni.privacy.ConsentRecord;
import jp.kizuna.alumni.shared.AuditEntry;

/**
 * Builds the people and alumni the network tests need, each call in its own transaction. The
 * demo users' logins are taken over by a fresh record per test (the old one loses its login), so
 * tests do not depend on what earlier runs left in the database.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class NetworkTestData {

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** Closes the openings earlier runs left with this title, so a browser test finds exactly one. */
    public void closeOpenings(String title) {
        em.createQuery("update Opportunity o set o.status = jp.kizuna.alumni.opportunity.Opportunity.Status.CLOSED"
                        + " where o.title.ja = :t")
                .setParameter("t", title)
                .executeUpdate();
    }

    public Department department(String code) {
        return em.createQuery("select d from Department d where d.code = :c", Department.class)
                .setParameter("c", code)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Department department = new Department(code, "部署" + code, "Dept " + code);
                    em.persist(department);
                    return department;
                });
    }

    /** A person with a resignation on record (LEAVING), or already LEFT when {@code left}. */
    public Employee leaver(
            String login,
            String departmentCode,
            Locale locale,
            String personalEmail,
            boolean left,
            String familyName,
            String givenName) {
        if (login != null) {
            em.createQuery("update Employee e set e.loginName = null where e.loginName = :l")
                    .setParameter("l", login)
                    .executeUpdate();
        }
        Employee employee = new Employee("T" + unique(), familyName, givenName);
        employee.rename(familyName, givenName, "テスト", "タロウ");
        employee.setLoginName(login);
        employee.setDepartment(department(departmentCode));
        employee.setHireDate(LocalDate.of(2015, 4, 1));
        employee.setPreferredLocale(locale);
        employee.setPersonalEmail(personalEmail);
        employee.setWorkEmail("work-" + unique().toLowerCase(Locale.ROOT) + "@example.co.jp");
        LocalDate lastDay = LocalDate.of(2025, 3, 31);
        employee.resignationReceived(lastDay);
        if (left) {
            employee.left(lastDay);
        }
        em.persist(employee);
        return employee;
    }

    /** A member of the network with the given consents in force, built through the entities' own rules. */
    public AlumnusProfile member(
            String login, String departmentCode, Set<ConsentPurpose> consents, ProfileChange profile) {
        return member(login, departmentCode, consents, profile, "会員", unique());
    }

    public AlumnusProfile member(
            String login,
            String departmentCode,
            Set<ConsentPurpose> consents,
            ProfileChange profile,
            String familyName,
            String givenName) {
        Employee person = leaver(
                login,
                departmentCode,
                Locale.JAPANESE,
                "m-" + unique().toLowerCase(Locale.ROOT) + "@example.net",
                true,
                familyName,
                givenName);
        LocalDateTime now = LocalDateTime.now();
        AlumnusProfile alumnus = new AlumnusProfile(person, null, person.getLeavingDate(), now);
        alumnus.accept(LocalDate.now(), now);
        if (profile != null) {
            alumnus.describe(
                    profile.currentEmployer(),
                    profile.currentRole(),
                    profile.region(),
                    profile.bio(),
                    profile.departmentsHistory());
            alumnus.replaceSkills(profile.skills());
            alumnus.openTo(profile.openTo());
            alumnus.showInDirectory(
                    profile.showEmployer(),
                    profile.showSkills(),
                    profile.showRegion(),
                    profile.showOpenness(),
                    profile.showEmail());
        }
        em.persist(alumnus);
        for (ConsentPurpose purpose : consents) {
            em.persist(new ConsentRecord(person, purpose, ConsentPurpose.CURRENT_TEXT_VERSION, "ja", now, "test"));
        }
        return alumnus;
    }

    /** Someone still leaving who said yes to the network: they become an alumnus on their last day. */
    public AlumnusProfile acceptedLeaver(String login, String departmentCode) {
        Employee person = leaver(
                login,
                departmentCode,
                Locale.JAPANESE,
                "a-" + unique().toLowerCase(Locale.ROOT) + "@example.net",
                false,
                "退職",
                unique());
        LocalDateTime now = LocalDateTime.now();
        AlumnusProfile alumnus = new AlumnusProfile(person, null, person.getLeavingDate(), now);
        alumnus.accept(LocalDate.now(), now);
        em.persist(alumnus);
        em.persist(new ConsentRecord(
                person, ConsentPurpose.NEWS_EVENTS, ConsentPurpose.CURRENT_TEXT_VERSION, "ja", now, "test"));
        return alumnus;
    }

    public AlumnusProfile profileOf(long employeeId) {
        AlumnusProfile profile = em.createQuery(
                        "select p from AlumnusProfile p where p.person.id = :id", AlumnusProfile.class)
                .setParameter("id", employeeId)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (profile != null) {
            profile.getSkills().size();
            profile.getPerson().getPersonalEmail();
        }
        return profile;
    }

    public void confirmedAt(long profileId, LocalDateTime when) {
        em.createQuery("update AlumnusProfile p set p.confirmedAt = :w where p.id = :id")
                .setParameter("w", when)
                .setParameter("id", profileId)
                .executeUpdate();
    }

    public Employee employee(long id) {
        return em.find(Employee.class, id);
    }

    public void prefers(long employeeId, Locale language) {
        em.find(Employee.class, employeeId).setPreferredLocale(language);
    }

    public void markLeft(long employeeId) {
        Employee employee = em.find(Employee.class, employeeId);
        employee.left(employee.getLeavingDate());
    }

    public List<ConsentRecord> consents(long employeeId) {
        return em.createQuery(
                        "select c from ConsentRecord c where c.person.id = :id order by c.purpose, c.id",
                        ConsentRecord.class)
                .setParameter("id", employeeId)
                .getResultList();
    }

    public long count(String jpql, Object parameter) {
        return em.createQuery(jpql, Long.class).setParameter("p", parameter).getSingleResult();
    }

    public List<AuditEntry> audit(String subjectType, Object subjectId) {
        return em.createQuery(
                        "select a from AuditEntry a where a.subjectType = :t and a.subjectId = :i order by a.id",
                        AuditEntry.class)
                .setParameter("t", subjectType)
                .setParameter("i", String.valueOf(subjectId))
                .getResultList();
    }

    /**
     * Changes a row with plain SQL, as a database administrator or another tool would: past the
     * application's entities and services.
     */
    public int sql(String update, Object... parameters) {
        jakarta.persistence.Query query = em.createNativeQuery(update);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }

    /** Renames a person through the entity's own rule (keys and all), as a profile edit or HR would. */
    public void rename(long employeeId, String familyName, String givenName, String familyKana, String givenKana) {
        em.find(Employee.class, employeeId).rename(familyName, givenName, familyKana, givenKana);
    }

    /** One value read with plain SQL (a stored column the entities do not show). */
    public Object value(String select, Object... parameters) {
        jakarta.persistence.Query query = em.createNativeQuery(select);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<?> rows = query.getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The first column of every row a plain SQL select answers. */
    public List<?> rows(String select, Object... parameters) {
        jakarta.persistence.Query query = em.createNativeQuery(select);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    /** The directory's version where the database keeps one (PostgreSQL), else null. */
    public Long directoryVersion() {
        List<?> version = em.createNativeQuery("select version from directory_version where id = 1")
                .getResultList();
        return version.isEmpty() ? null : ((Number) version.get(0)).longValue();
    }

    /** Withdraws every consent for {@code purpose} of the people of a department, so a test counts only its own members. */
    public void withdrawConsentsIn(String departmentCode, ConsentPurpose purpose) {
        em.createQuery("""
                        select c from ConsentRecord c where c.purpose = :p and c.withdrawnAt is null
                        and c.person.department.code = :d""", ConsentRecord.class)
                .setParameter("p", purpose)
                .setParameter("d", departmentCode)
                .getResultList()
                .forEach(c -> c.withdraw(LocalDateTime.now()));
    }

    /** The employee record of a signed-in staff member (e.g. hr.admin) with a work address, created if missing. */
    public Employee staff(String login, String workEmail) {
        Employee person = em.createQuery("select e from Employee e where e.loginName = :l", Employee.class)
                .setParameter("l", login)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Employee created = new Employee("S" + unique(), "人事", "花子");
                    created.setLoginName(login);
                    em.persist(created);
                    return created;
                });
        person.setWorkEmail(workEmail);
        return person;
    }
}
