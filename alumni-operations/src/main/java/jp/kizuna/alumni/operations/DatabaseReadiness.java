package jp.kizuna.alumni.operations;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Ready only while the database answers and its schema is at the version this build migrates to
 * (a database restored from an older backup under a running node is not ready until migrated).
 * The expected version is taken from the migrations in the build once; each probe then costs one
 * pooled connection and one small query.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final String NAME = "alumni-database";

    @Resource(lookup = "java:jboss/datasources/AlumniDS")
    DataSource dataSource;

    private volatile String expectedVersion;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        try (Connection connection = dataSource.getConnection()) {
            String expected = expectedVersion();
            try (PreparedStatement query = connection.prepareStatement("select"
                    + " sum(case when success and version = ? then 1 else 0 end),"
                    + " sum(case when success then 0 else 1 end) from flyway_schema_history")) {
                query.setString(1, expected);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    boolean migrated = row.getInt(1) > 0;
                    int failed = row.getInt(2);
                    response.withData("schema-expected", expected).withData("migrated", migrated);
                    if (failed > 0) {
                        response.withData("failed-migrations", failed);
                    }
                    return response.status(migrated && failed == 0).build();
                }
            }
        } catch (SQLException | RuntimeException unreachable) {
            return response.down()
                    .withData(
                            "error",
                            unreachable.getClass().getSimpleName() + ": "
                                    + Objects.toString(unreachable.getMessage(), ""))
                    .build();
        }
    }

    private String expectedVersion() {
        String expected = expectedVersion;
        if (expected == null) {
            Flyway flyway = Flyway.configure(DatabaseReadiness.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load();
            expected = Arrays.stream(flyway.info().all())
                    .filter(migration -> migration.getVersion() != null
                            && migration.getState().isResolved())
                    .map(MigrationInfo::getVersion)
                    .max(Comparator.naturalOrder())
                    .map(MigrationVersion::getVersion)
                    .orElse("0");
            expectedVersion = expected;
        }
        return expected;
    }
}
