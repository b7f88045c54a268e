package jp.kizuna.alumni.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void recognisesALostConnectionDeepInTheCauseChain() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:55432 refused", "08001");
        assertTrue(DatabaseUnavailable.causedBy(new EJBException(new PersistenceException(refused))));
    }

    @Test
    void recognisesAnExhaustedPool() {
        assertTrue(DatabaseUnavailable.causedBy(
                new EJBException(new PersistenceException(new jakarta.resource.ResourceException(
                        "IJ000453: Unable to get managed connection for java:jboss/datasources/AlumniDS")))));
    }

    @Test
    void leavesOtherFailuresAlone() {
        assertFalse(DatabaseUnavailable.causedBy(new EJBException(new PersistenceException(
                new SQLException("duplicate key value violates unique constraint", "23505")))));
        assertFalse(DatabaseUnavailable.causedBy(new IllegalStateException("bug")));
    }
}
