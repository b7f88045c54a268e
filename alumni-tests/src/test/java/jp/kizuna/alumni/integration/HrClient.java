package jp.kizuna.alumni.integration;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import jp.kizuna.alumni.e2e.Tokens;

/**
 * What an HR system does over the wire, for the client-side tests against the full application:
 * SOAP envelopes and JSON over HTTP, with HTTP Basic or a Keycloak token.
 */
final class HrClient {

    static final String NS = "urn:kizuna:alumni:hr:v1";
    static final String BASE =
            "http://localhost:" + (8080 + Integer.getInteger("alumni.port.offset", 0)) + "/alumni-ws";
    static final String SOAP = BASE + "/soap/hr/v1";

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private HrClient() {}

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A token for a demo user (password grant of the alumni-ws client). */
    static String userToken(String user) throws IOException, InterruptedException {
        return "Bearer " + Tokens.forUser(user, "demo");
    }

    /** The HR connector's service account token (client credentials), as an HR system gets it. */
    static String serviceAccountToken() throws IOException, InterruptedException {
        return "Bearer " + Tokens.forHrSystem();
    }

    static HttpResponse<String> soap(String authorization, String body) throws IOException, InterruptedException {
        return soap(authorization, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    static HttpResponse<String> soap(String authorization, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SOAP))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"")
                .POST(body);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String envelope(String body) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:hr=\"" + NS + "\">"
                + "<soap:Body>" + body + "</soap:Body></soap:Envelope>";
    }

    static HttpResponse<String> get(String url, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(
            String method, String path, String authorization, String idempotencyKey, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + "/api" + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** The text of the first element with this local name in a SOAP answer, or null. */
    static String element(String xml, String localName) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(
                        "<(?:\\w+:)?" + localName + "(?:\\s[^>]*)?>([^<]*)</(?:\\w+:)?" + localName + ">")
                .matcher(xml);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** A well-formed start followed by filler up to {@code size} bytes, for oversized messages. */
    static byte[] oversized(String start, int size) {
        byte[] message = new byte[size];
        java.util.Arrays.fill(message, (byte) 'a');
        byte[] head = start.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, message, 0, head.length);
        return message;
    }
}
