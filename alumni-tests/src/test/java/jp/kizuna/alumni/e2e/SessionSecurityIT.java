package jp.kizuna.alumni.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.Poll;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sessions, cookies, tokens and forged form posts, seen from outside as an attacker would. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionSecurityIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.fullApplication();
    }

    @Test
    void theSessionIdChangesAtSignIn() throws Exception {
        // An attacker plants a session id (here: one from a public page) before the victim signs in.
        WebSession session = WebSession.anonymous();
        session.get("/signed-out.xhtml");
        Optional<String> before = session.sessionId();
        assertTrue(before.isPresent(), "a public page opened a session");
        session.signIn("hr.admin", "demo");
        assertTrue(session.sessionId().isPresent());
        assertNotEquals(before.get(), session.sessionId().get(), "session fixation: the id must change at sign-in");
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(Browser.appUrl("/signed-out.xhtml")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertEquals(
                "nosniff",
                response.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals(
                "SAMEORIGIN", response.headers().firstValue("X-Frame-Options").orElseThrow());
    }

    @Test
    void apiAnswers401NotARedirectWithoutAValidToken() throws Exception {
        assertEquals(401, api(null).statusCode());
        assertEquals(401, api("Bearer not-a-token").statusCode());

        String token = Tokens.forUser("employee.tanaka", "demo");
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(new String(Base64.getUrlDecoder().decode(parts[1]))
                                .replace("employee.tanaka", "hr.admin")
                                .getBytes())
                + "." + parts[2];
        assertEquals(401, api("Bearer " + tampered).statusCode(), "a token with a changed payload is refused");
        HttpResponse<String> valid = api("Bearer " + token);
        assertEquals(200, valid.statusCode());
        assertTrue(
                valid.body().contains("\"serviceCaller\":\"employee.tanaka\""),
                "the token's identity reaches the EJB services: " + valid.body());
    }

    @Test
    void anExpiredTokenGets401() throws Exception {
        String token = Tokens.shortLived("employee.tanaka", "demo");
        assertEquals(200, api("Bearer " + token).statusCode());
        HttpResponse<String> expired = Poll.value("the short-lived token to be refused", Duration.ofSeconds(30), () -> {
            HttpResponse<String> answer = api("Bearer " + token);
            return answer.statusCode() == 200 ? null : answer;
        });
        assertEquals(401, expired.statusCode());
        assertFalse(expired.headers().firstValue("Location").isPresent(), "no redirect to a login page");
    }

    @Test
    void aFormPostWithoutTheViewStateTokenChangesNothing() throws Exception {
        WebSession session = WebSession.signedIn("hr.admin", "demo");
        // A cross-site form can post fields but cannot know the server-side view state id.
        HttpResponse<String> forged = session.post(
                "/admin/audit.xhtml",
                "audit=audit&audit%3Aactor=attacker&audit%3Asearch=&jakarta.faces.ViewState=-123456789%3A987654321");
        assertTrue(forged.body().contains("id=\"error-text\""), "refused with the expired-page message");
        assertFalse(forged.body().contains("id=\"audit:entries\""));
    }

    private static HttpResponse<String> api(String authorization) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://localhost:" + Browser.httpPort() + "/alumni-ws/api/caller"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
