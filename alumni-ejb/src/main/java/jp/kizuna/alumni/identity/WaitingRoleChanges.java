package jp.kizuna.alumni.identity;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The gauge {@code alumni_sign_in_role_changes_waiting}: Keycloak role changes not yet made (by the
 * retries, or by IT when provisioning is off). Counted in the database at each scrape, so every
 * node of a cluster reports the same number; NaN while the database is unreachable.
 */
@ApplicationScoped
public class WaitingRoleChanges {

    @Resource(lookup = "java:jboss/datasources/AlumniDS")
    DataSource dataSource;

    @Inject
    MeterRegistry registry;

    void register(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // The registry's own gauge method, not Gauge.builder: see shared.Metrics. It holds this bean
        // weakly; the application context holds it for as long as the application is deployed.
        registry.gauge("alumni.sign.in.role.changes.waiting", Tags.empty(), this, WaitingRoleChanges::count);
    }

    double count() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select count(*) from sign_in_role_change where status = 'PENDING'");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException unreachable) {
            return Double.NaN;
        }
    }
}
