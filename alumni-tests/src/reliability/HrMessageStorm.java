import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends N HR "upsert employee" SOAP messages, each with its own message id, as an HR system with an
 * outbox would: a message counts as delivered only when the server's answer arrives; anything else
 * (refused connection while the server is down, timeout, 5xx) is sent again, with the same message id,
 * until it is acknowledged. Prints what the acknowledged answers said, so the caller can check that
 * every message took effect exactly once: the stored first answer ("created") comes back for a
 * re-delivery, never a second effect ("unchanged").
 *
 * Usage: java HrMessageStorm.java BASE_URL KEYCLOAK_URL RUN_ID COUNT CONCURRENCY DEADLINE_SECONDS
 */
public class HrMessageStorm {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern CREATED = Pattern.compile("<(?:\\w+:)?created>(\\d+)<");
    private static final Pattern UNCHANGED = Pattern.compile("<(?:\\w+:)?unchanged>(\\d+)<");

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String keycloak = args[1];
        String run = args[2];
        int count = Integer.parseInt(args[3]);
        int concurrency = Integer.parseInt(args[4]);
        Instant deadline = Instant.now().plusSeconds(Long.parseLong(args[5]));

        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        ConcurrentLinkedQueue<Integer> pending = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < count; i++) {
            pending.add(i);
        }
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicLong attempts = new AtomicLong();
        AtomicLong created = new AtomicLong();
        AtomicLong unchanged = new AtomicLong();
        String[] token = {token(http, keycloak)};
        AtomicLong tokenAt = new AtomicLong(System.nanoTime());

        Thread[] senders = new Thread[concurrency];
        for (int t = 0; t < concurrency; t++) {
            senders[t] = new Thread(() -> {
                Integer next;
                while ((next = pending.poll()) != null && Instant.now().isBefore(deadline)) {
                    attempts.incrementAndGet();
                    try {
                        if (System.nanoTime() - tokenAt.get()
                                > Duration.ofSeconds(60).toNanos()) {
                            synchronized (token) {
                                token[0] = token(http, keycloak);
                                tokenAt.set(System.nanoTime());
                            }
                        }
                        HttpResponse<String> answer = http.send(
                                HttpRequest.newBuilder(URI.create(baseUrl + "/alumni-ws/soap/hr/v1"))
                                        .timeout(Duration.ofSeconds(20))
                                        .header("Content-Type", "text/xml; charset=UTF-8")
                                        .header("SOAPAction", "\"\"")
                                        .header("Authorization", "Bearer " + token[0])
                                        .POST(HttpRequest.BodyPublishers.ofString(message(run, next)))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        Matcher c = CREATED.matcher(answer.body());
                        Matcher u = UNCHANGED.matcher(answer.body());
                        if (answer.statusCode() == 200 && c.find() && u.find()) {
                            created.addAndGet(Long.parseLong(c.group(1)));
                            unchanged.addAndGet(Long.parseLong(u.group(1)));
                            acknowledged.incrementAndGet();
                            continue;
                        }
                        if (answer.statusCode() == 401) {
                            synchronized (token) {
                                token[0] = token(http, keycloak);
                                tokenAt.set(System.nanoTime());
                            }
                        }
                    } catch (Exception unavailable) {
                        // Server down or restarting: the message stays in the outbox.
                    }
                    pending.add(next);
                    sleep(200);
                }
            });
            senders[t].start();
        }
        for (Thread sender : senders) {
            sender.join();
        }
        System.out.printf(
                "messages=%d acknowledged=%d attempts=%d created=%d unchanged=%d pending=%d%n",
                count, acknowledged.get(), attempts.get(), created.get(), unchanged.get(), pending.size());
    }

    static String message(String run, int i) {
        return """
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:hr="urn:kizuna:alumni:hr:v1">
                  <soapenv:Body>
                    <hr:UpsertEmployeesRequest>
                      <hr:messageId>%1$s-%2$d</hr:messageId>
                      <hr:employee>
                        <hr:employeeNumber>%1$s%2$06d</hr:employeeNumber>
                        <hr:familyName>障害</hr:familyName>
                        <hr:givenName>試験%2$d</hr:givenName>
                        <hr:familyNameKana>ショウガイ</hr:familyNameKana>
                        <hr:givenNameKana>シケン</hr:givenNameKana>
                      </hr:employee>
                    </hr:UpsertEmployeesRequest>
                  </soapenv:Body>
                </soapenv:Envelope>""".formatted(run, i);
    }

    static String token(HttpClient http, String keycloak) {
        for (int tries = 0; ; tries++) {
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(keycloak + "/realms/alumni/protocol/openid-connect/token"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "grant_type=client_credentials&client_id=hr-connector&client_secret=hr-connector-demo-secret"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                Matcher matcher = ACCESS_TOKEN.matcher(response.body());
                if (matcher.find()) {
                    return matcher.group(1);
                }
            } catch (Exception e) {
                if (tries > 10) {
                    throw new IllegalStateException("Keycloak does not answer", e);
                }
            }
            sleep(1000);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
