package jp.kizuna.alumni.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * A cluster node's EJB timer store may create its table in a new database before the first
 * migration runs: the migration still applies every version; any other table still stops it.
 */
class ServerTablesMigrationTest {

    @Test
    void newDatabaseHoldingOnlyTheTimerTableIsMigratedFromTheFirstVersion() throws Exception {
        JdbcDataSource database = database("server-tables");
        execute(database, "create table jboss_ejb_timer (id varchar(100) primary key)");
        assertTrue(DatabaseMigration.holdsOnlyServerTables(database));

        Flyway flyway = Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .baselineVersion("0")
                .baselineOnMigrate(DatabaseMigration.holdsOnlyServerTables(database))
                .load();
        assertTrue(DatabaseMigration.migrate(flyway).migrationsExecuted >= 1);
        try (Connection connection = database.getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, "public", "employee", null)) {
            assertTrue(tables.next(), "employee table exists: version 1 was applied");
        }
        assertFalse(DatabaseMigration.holdsOnlyServerTables(database), "a migrated database is not new");
        assertEquals(0, flyway.migrate().migrationsExecuted);
    }

    @Test
    void emptyDatabaseAndDatabaseWithOtherTablesAreNotTakenForNew() throws Exception {
        JdbcDataSource empty = database("empty");
        assertFalse(DatabaseMigration.holdsOnlyServerTables(empty));

        JdbcDataSource foreign = database("foreign");
        execute(foreign, "create table jboss_ejb_timer (id varchar(100) primary key)");
        execute(foreign, "create table customer (id bigint primary key)");
        assertFalse(DatabaseMigration.holdsOnlyServerTables(foreign));
    }

    private static JdbcDataSource database(String name) {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL(DemoDatabase.url(name));
        database.setUser("sa");
        database.setPassword("");
        return database;
    }

    private static void execute(JdbcDataSource database, String sql) throws Exception {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
