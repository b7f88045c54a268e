package jp.kizuna.alumni.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Access tokens from the real Keycloak, as an HR system or a person's client would get them. */
public final class Tokens {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Tokens() {}

    public static String keycloakUrl() {
        return System.getProperty("alumni.keycloak.url", "http://localhost:8180");
    }

    /** A user's token through the password grant of the alumni-ws client. */
    public static String forUser(String user, String password) throws IOException, InterruptedException {
        return request("grant_type=password&client_id=alumni-ws&client_secret=alumni-ws-demo-secret&username="
                + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + password);
    }

    /** The HR system's service-account token (client credentials of hr-connector). */
    public static String forHrSystem() throws IOException, InterruptedException {
        return request("grant_type=client_credentials&client_id=hr-connector&client_secret=hr-connector-demo-secret");
    }

    /** The service-account token of alumni-provisioning, which may manage the realm's users. */
    public static String forProvisioning() throws IOException, InterruptedException {
        return request("grant_type=client_credentials&client_id=alumni-provisioning"
                + "&client_secret=alumni-provisioning-demo-secret");
    }

    /** A token of the short-lived demo client, valid for only a few seconds. */
    public static String shortLived(String user, String password) throws IOException, InterruptedException {
        return request(
                "grant_type=password&client_id=alumni-ws-short-lived&client_secret=short-lived-demo-secret&username="
                        + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + password);
    }

    private static String request(String form) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(keycloakUrl() + "/realms/alumni/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("Keycloak refused the token request: " + response.body());
        }
        return token.group(1);
    }
}
