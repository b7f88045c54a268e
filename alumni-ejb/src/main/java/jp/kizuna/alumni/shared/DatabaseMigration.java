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

    /**
     * Tables the server creates in the application's database before the application starts: the
     * EJB timer store (database-data-store) and JGroups' JDBC_PING discovery on a cluster. A new
     * database holding only these is still new to Flyway, which would otherwise refuse it as a
     * non-empty schema without history.
     */
    static final Set<String> SERVER_TABLES = Set.of(
            "jboss_ejb_timer",
            "jgroupsping",
            // JBeret's job repository (batch-jberet jdbc-job-repository on AlumniDS, configure.cli)
            "job_instance",
            "job_execution",
            "step_execution",
            "partition_execution");

    @Resource(lookup = "java:jboss/datasources/AlumniDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // Baseline "0" precedes V1, so every migration still runs on such a database.
                .baselineOnMigrate(holdsOnlyServerTables(dataSource))
                .baselineVersion("0")
                .baselineDescription("new database (server tables only)")
                .load();
        MigrateResult result = migrate(flyway);
        LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion() + " ("
                + result.migrationsExecuted + " migrations applied now)");
    }

    /** Whether the schema has tables and all of them are {@link #SERVER_TABLES} (no history, no data). */
    static boolean holdsOnlyServerTables(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                ResultSet tables = connection
                        .getMetaData()
                        .getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            boolean any = false;
            while (tables.next()) {
                if (!SERVER_TABLES.contains(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT))) {
                    return false;
                }
                any = true;
            }
            return any;
        } catch (SQLException unreadable) {
            throw new IllegalStateException(
                    "Alumni will not start: the database could not be read (" + unreadable.getMessage() + ")",
                    unreadable);
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
            throw new IllegalStateException(
                    "Alumni will not start: the database's migration history does not"
                            + " match this build. A released migration must never be edited; put the change in a new"
                            + " migration and deploy the released files unchanged (or restore the backup taken before"
                            + " the upgrade). Flyway reports: " + changed.getMessage(),
                    changed);
        }
    }
}
