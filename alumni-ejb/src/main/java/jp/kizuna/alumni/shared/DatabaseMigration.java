package jp.kizuna.alumni.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
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
                .load();
        MigrateResult result = migrate(flyway);
        LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion()
                + " (" + result.migrationsExecuted + " migrations applied now)");
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
