package jp.kizuna.alumni.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a test of the application's services inside the server starts from: the database, to seed and
 * to read what a service wrote, and the demo users to act as. A test class extends it, declares its
 * deployment ({@link Deployments#applicationWith} with its own helper classes) and injects the
 * services it tests; Arquillian fills these fields as it fills the test's own.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class ServiceTest {

    @PersistenceContext(unitName = "alumni")
    protected EntityManager em;

    @Resource
    protected UserTransaction transaction;

    @EJB
    protected AsHrAdmin hrAdmin;

    @EJB
    protected AsManager manager;

    @EJB
    protected AsEmployee employee;

    @EJB
    protected AsAlumnus alumnus;
}
