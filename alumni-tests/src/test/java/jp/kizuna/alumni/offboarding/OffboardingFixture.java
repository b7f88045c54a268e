package jp.kizuna.alumni.offboarding;

import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.UUID;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.Employee;

/**
 * Test data for the offboarding tests: the demo users' employee rows (created once per database,
 * since login names are unique) and fresh departments and reports with random numbers.
 */
final class OffboardingFixture {

    private final EntityManager em;
    private final UserTransaction transaction;

    OffboardingFixture(EntityManager em, UserTransaction transaction) {
        this.em = em;
        this.transaction = transaction;
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** The employee a demo login maps to, created if this database has none. */
    Employee person(String login, String family, String given) throws Exception {
        transaction.begin();
        Employee person = em.createQuery("select e from Employee e where e.loginName = :l", Employee.class)
                .setParameter("l", login)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (person == null) {
            person = new Employee("T-" + login, family, given);
            person.setLoginName(login);
            em.persist(person);
        }
        transaction.commit();
        return person;
    }

    Department department(String prefix) throws Exception {
        transaction.begin();
        Department department = new Department(prefix + "-" + unique(), prefix + "部", prefix + " department");
        em.persist(department);
        transaction.commit();
        return department;
    }

    /** A new employee reporting to {@code manager}, in {@code department}. */
    Employee report(Employee manager, Department department) throws Exception {
        transaction.begin();
        Employee employee = new Employee("OB" + unique(), "鈴木", "一郎");
        employee.rename("鈴木", "一郎", "スズキ", "イチロウ");
        employee.setManager(em.find(Employee.class, manager.getId()));
        employee.setDepartment(department == null ? null : em.find(Department.class, department.getId()));
        employee.setHireDate(LocalDate.of(2018, 4, 1));
        em.persist(employee);
        transaction.commit();
        return employee;
    }

    /** Gives the employee e-mail addresses and a language (null leaves an address empty). */
    Employee reachableAt(Employee employee, String personalEmail, String workEmail, java.util.Locale language)
            throws Exception {
        transaction.begin();
        Employee managed = em.find(Employee.class, employee.getId());
        managed.setPersonalEmail(personalEmail);
        managed.setWorkEmail(workEmail);
        managed.setPreferredLocale(language);
        transaction.commit();
        return managed;
    }

    Employee reload(Employee employee) {
        em.clear();
        return em.find(Employee.class, employee.getId());
    }
}
