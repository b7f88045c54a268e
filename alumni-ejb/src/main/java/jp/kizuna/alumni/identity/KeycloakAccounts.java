package jp.kizuna.alumni.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import jp.kizuna.alumni.shared.Setting;
import jp.kizuna.alumni.shared.Settings;

/**
 * The accounts at the Keycloak realm the application signs people in with, reached through
 * Keycloak's admin REST API as the service account of the client {@code alumni-provisioning}
 * (realm-management roles view-users and manage-users, nothing else).
 *
 * <p>Settings: {@code alumni.keycloak.realm-url} (default: the OIDC provider URL the server is
 * configured with, {@code ALUMNI_OIDC_PROVIDER_URL}, or the demo realm), client
 * {@code alumni.keycloak.provisioning-client} / secret {@code ALUMNI_PROVISIONING_CLIENT_SECRET}.
 */
@ApplicationScoped
public class KeycloakAccounts {

    /** Why a role could not be changed, in words HR can act on. */
    public static class RoleChangeFailed extends Exception {
        private static final long serialVersionUID = 1L;

        RoleChangeFailed(String message) {
            super(message);
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    Settings settings;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private String token;
    private Instant tokenExpires = Instant.MIN;

    public static boolean enabled() {
        return Setting.KEYCLOAK_PROVISIONING.on();
    }

    private String realmUrl() {
        return settings.keycloakRealmUrl();
    }

    /** http://host/realms/name -> http://host/admin/realms/name */
    static String adminUrl(String realmUrl) {
        int at = realmUrl.lastIndexOf("/realms/");
        if (at < 0) {
            throw new IllegalArgumentException("not a Keycloak realm URL: " + realmUrl);
        }
        return realmUrl.substring(0, at) + "/admin" + realmUrl.substring(at);
    }

    /** Gives the person the realm role; nothing happens if they already have it. */
    public void grant(String loginName, String role) throws RoleChangeFailed {
        change("POST", loginName, role);
    }

    /** Takes the realm role away; nothing happens if they do not have it. */
    public void revoke(String loginName, String role) throws RoleChangeFailed {
        change("DELETE", loginName, role);
    }

    /** Whether the person holds the realm role directly (not through a group). */
    public boolean holds(String loginName, String role) throws RoleChangeFailed {
        String admin = adminUrl(realmUrl());
        JsonArray roles =
                array(send("GET", admin + "/users/" + userId(admin, loginName) + "/role-mappings/realm", null));
        return roles.stream().map(JsonObject.class::cast).anyMatch(r -> role.equals(r.getString("name", null)));
    }

    private void change(String method, String loginName, String role) throws RoleChangeFailed {
        String admin = adminUrl(realmUrl());
        String userId = userId(admin, loginName);
        JsonObject roleRepresentation = object(send("GET", admin + "/roles/" + encode(role), null));
        send(
                method,
                admin + "/users/" + userId + "/role-mappings/realm",
                Json.createArrayBuilder().add(roleRepresentation).build().toString());
    }

    private String userId(String admin, String loginName) throws RoleChangeFailed {
        JsonArray users = array(send("GET", admin + "/users?exact=true&username=" + encode(loginName), null));
        if (users.isEmpty()) {
            throw new RoleChangeFailed("Keycloak has no account with the user name '" + loginName + "'");
        }
        return users.getJsonObject(0).getString("id");
    }

    private String send(String method, String url, String json) throws RoleChangeFailed {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token())
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = exchange(request.build());
        if (response.statusCode() == 401) {
            tokenExpired();
        }
        if (response.statusCode() / 100 != 2) {
            throw new RoleChangeFailed("Keycloak answered " + response.statusCode() + " to " + method + " "
                    + URI.create(url).getPath() + ": " + abbreviate(response.body()));
        }
        return response.body();
    }

    private synchronized String token() throws RoleChangeFailed {
        if (token != null && Instant.now().isBefore(tokenExpires)) {
            return token;
        }
        String client = settings.provisioningClient();
        String secret = settings.provisioningClientSecret();
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl() + "/protocol/openid-connect/token"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + encode(client)
                        + "&client_secret=" + encode(secret)))
                .build();
        HttpResponse<String> response = exchange(request);
        if (response.statusCode() != 200) {
            throw new RoleChangeFailed("Keycloak refused the client '" + client + "' (" + response.statusCode()
                    + "): check its secret and that its service account may manage users");
        }
        JsonObject answer = object(response.body());
        token = answer.getString("access_token");
        // Renew a little before Keycloak would refuse it.
        tokenExpires = Instant.now().plusSeconds(Math.max(5, answer.getInt("expires_in", 60) - 15));
        return token;
    }

    private synchronized void tokenExpired() {
        token = null;
    }

    private HttpResponse<String> exchange(HttpRequest request) throws RoleChangeFailed {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException failed) {
            throw new RoleChangeFailed("Keycloak at " + request.uri().getHost() + ":"
                    + request.uri().getPort() + " could not be reached: " + failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new RoleChangeFailed("interrupted while talking to Keycloak");
        }
    }

    private static JsonArray array(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }

    private static JsonObject object(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "..." : body;
    }
}
