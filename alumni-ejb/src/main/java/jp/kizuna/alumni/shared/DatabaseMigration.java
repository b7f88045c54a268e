package jp.kizuna.alumni.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to the version this build expects before anything else runs.
 * EclipseLink connects lazily, on the first use of an entity manager, so migrating at startup
 * is early enough; other startup beans declare {@code @DependsOn("DatabaseMigration")}.
 */
@Singleton
@Startup
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/AlumniDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // A new database may already hold the application server's own table: the EJB timer
                // store creates jboss_ejb_timer when the server starts, which on a cluster node can be
                // before this migration runs. Flyway refuses a non-empty schema without its history;
                // with only that table there, it starts the history below version 1 and migrates all.
                .baselineVersion("0")
                .baselineOnMigrate(holdsOnlyServerTables(dataSource))
                .load();
        MigrateResult result = migrate(flyway);
        LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion()
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /** Tables the application server creates in the application's schema by itself. */
    static final Set<String> SERVER_TABLES = Set.of("jboss_ejb_timer");

    /**
     * True when the schema has tables, all of them the server's ({@link #SERVER_TABLES}): a new
     * database the server has touched first. False for an empty schema, one with Flyway's history,
     * and one with any other table (a wrong database, or one from before migrations: refused as ever).
     */
    static boolean holdsOnlyServerTables(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            Set<String> names = new TreeSet<>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
            return !names.isEmpty() && SERVER_TABLES.containsAll(names);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's tables before migrating", e);
        }
    }

    /**
     * Migrates after Flyway has compared every applied migration with the build's (checksums,
     * versions): a migration edited after a release, or a database from a newer release, stops the
     * deployment with what to do instead of a bare Flyway error.
     */
    static MigrateResult migrate(Flyway flyway) {
        try {
            return flyway.migrate();
        } catch (FlywayValidateException changed) {
            throw new IllegalStateException("Alumni will not start: the database's migration history does not"
                    + " match this build. A released migration must never be edited; put the change in a new"
                    + " migration and deploy the released files unchanged (or restore the backup taken before"
                    + " the upgrade). Flyway reports: " + changed.getMessage(), changed);
        }
    }
}
