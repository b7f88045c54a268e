package jp.kizuna.alumni.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * Every migration applies cleanly to an empty embedded database in the mode the one-command run
 * uses (PostgreSQL itself is covered by the integration tests), and applying twice is a no-op.
 */
class MigrationsTest {

    @Test
    void allMigrationsApplyToAnEmptyEmbeddedDatabase() throws Exception {
        Flyway flyway = DemoDatabase.migrations("migrations");
        MigrateResult first = flyway.migrate();
        assertTrue(first.migrationsExecuted >= 1);
        assertEquals(0, flyway.migrate().migrationsExecuted);
        try (Connection connection = DriverManager.getConnection(DemoDatabase.url("migrations"), "sa", "");
                ResultSet tables = connection.getMetaData().getTables(null, "public", "employee", null)) {
            assertTrue(tables.next(), "employee table exists");
        }
    }
}
