package jp.kizuna.alumni.operations;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Session;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Objects;
import jp.kizuna.alumni.shared.Setting;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether the SMTP relay accepts connections. Always UP: mails that cannot be sent are retried or
 * reported where they matter (invitations, survey links), and taking the node out of the balancer
 * would stop far more than mail. An unreachable relay shows as {@code "mail-relay": "degraded"} in
 * the readiness data, for monitors to alert on.
 */
@Readiness
@ApplicationScoped
public class MailRelayReadiness implements HealthCheck {

    private static final int TIMEOUT_MILLIS = 2000;

    @Resource(lookup = "java:jboss/mail/Alumni")
    Session mail;

    @Override
    public HealthCheckResponse call() {
        String host = Objects.requireNonNullElse(
                Setting.SMTP_HOST.valueOrNull(),
                Objects.requireNonNullElse(mail.getProperty("mail.smtp.host"), "localhost"));
        int port = Integer.parseInt(Objects.requireNonNullElse(
                Setting.SMTP_PORT.valueOrNull(), Objects.requireNonNullElse(mail.getProperty("mail.smtp.port"), "25")));
        String relay = host + ":" + port;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            return HealthCheckResponse.named("alumni-mail-relay")
                    .up()
                    .withData("relay", relay)
                    .withData("mail-relay", "reachable")
                    .build();
        } catch (IOException unreachable) {
            return HealthCheckResponse.named("alumni-mail-relay")
                    .up()
                    .withData("relay", relay)
                    .withData("mail-relay", "degraded")
                    .withData("error", unreachable.getClass().getSimpleName())
                    .build();
        }
    }
}
