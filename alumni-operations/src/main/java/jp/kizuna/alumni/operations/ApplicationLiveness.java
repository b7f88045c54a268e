package jp.kizuna.alumni.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the application is deployed and answers, whatever the database, Keycloak or the mail
 * relay do: restarting the server would not bring those back, so they are readiness, not liveness.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    @Inject
    ReleaseVersion release;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("alumni-application")
                .up()
                .withData("version", release.version())
                .build();
    }
}
