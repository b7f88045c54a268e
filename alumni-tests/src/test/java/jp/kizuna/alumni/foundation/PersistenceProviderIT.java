package jp.kizuna.alumni.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import jp.kizuna.alumni.identity.Caller;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.identity.EmployeeDirectory;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.ServiceTest;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** The running persistence unit is EclipseLink's, and entities round-trip through the database. */
class PersistenceProviderIT extends ServiceTest {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(PersistenceProviderIT.class);
    }

    @Inject
    EmployeeDirectory directory;

    @Inject
    Caller caller;

    @Test
    void persistenceUnitRunsOnEclipseLink() {
        String factory = em.getEntityManagerFactory().getClass().getName();
        assertTrue(factory.startsWith("org.eclipse.persistence."), "entity manager factory is " + factory);
        JpaEntityManager eclipseLink = em.unwrap(JpaEntityManager.class);
        assertNotNull(eclipseLink.getServerSession());
        assertEquals(
                "JDBC",
                eclipseLink.getServerSession().getPlatform().usesBatchWriting() ? "JDBC" : "off",
                "batch writing is enabled");
    }

    @Test
    void employeeWithJapaneseNamesRoundTripsThroughTheDatabase() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        transaction.begin();
        Department department = new Department("RT-" + suffix, "品質保証部", "Quality Assurance");
        em.persist(department);
        Employee employee = new Employee("RT" + suffix, "渡辺", "さくら");
        employee.rename("渡辺", "さくら", "ワタナベ", "サクラ");
        employee.setDepartment(department);
        employee.setHireDate(LocalDate.of(2015, 4, 1));
        em.persist(employee);
        transaction.commit();
        em.clear();

        Employee loaded = hrAdmin.call(() -> directory.requireByNumber("RT" + suffix));
        assertEquals("渡辺 さくら", loaded.displayName(Locale.JAPANESE));
        assertEquals("WATANABE Sakura", loaded.displayName(Locale.ENGLISH));
        assertEquals("ワタナベ サクラ", loaded.getFullNameKana());
        assertEquals("品質保証部", loaded.getDepartment().getNameJa());
        assertEquals(LocalDate.of(2015, 4, 1), loaded.getHireDate());
        assertNotNull(loaded.getId());
    }

    @Test
    void rolesAreEnforcedOnServices() {
        assertThrows(EJBAccessException.class, () -> alumnus.call(() -> directory.requireByNumber("E0001")));
        assertThrows(EJBAccessException.class, () -> directory.countByStatus());
    }

    @Test
    void callerIdentityReachesTheServices() throws Exception {
        assertEquals("hr.admin", hrAdmin.call(caller::login));
    }
}
