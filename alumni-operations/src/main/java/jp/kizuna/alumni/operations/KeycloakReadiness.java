package jp.kizuna.alumni.operations;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import jp.kizuna.alumni.shared.Setting;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the Keycloak realm answers: without it nobody can sign in and no HR token can be
 * checked, so a balancer should not send new work here.
 */
@Readiness
@ApplicationScoped
public class KeycloakReadiness implements HealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Override
    public HealthCheckResponse call() {
        String realm = Setting.keycloakRealmUrl();
        try {
            HttpResponse<Void> answer = http.send(
                    HttpRequest.newBuilder(URI.create(realm + "/.well-known/openid-configuration"))
                            .timeout(TIMEOUT)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return HealthCheckResponse.named("alumni-keycloak")
                    .status(answer.statusCode() == 200)
                    .withData("realm", realm)
                    .withData("http-status", answer.statusCode())
                    .build();
        } catch (IOException | IllegalArgumentException unreachable) {
            return HealthCheckResponse.named("alumni-keycloak")
                    .down()
                    .withData("realm", realm)
                    .withData("error", unreachable.getClass().getSimpleName())
                    .build();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return HealthCheckResponse.named("alumni-keycloak")
                    .down()
                    .withData("realm", realm)
                    .build();
        }
    }
}
