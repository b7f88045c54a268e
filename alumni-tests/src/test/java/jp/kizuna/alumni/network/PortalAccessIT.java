package jp.kizuna.alumni.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import jp.kizuna.alumni.e2e.Tokens;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.identity.EmployeeLeft;
import jp.kizuna.alumni.identity.KeycloakAccounts;
import jp.kizuna.alumni.identity.SignInRoleChange;
import jp.kizuna.alumni.identity.SignInRoles;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.Poll;
import jp.kizuna.alumni.it.ServiceTest;
import jp.kizuna.alumni.privacy.ConsentLedger;
import jp.kizuna.alumni.shared.BusinessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A leaver who joined the network gets the "alumni" role at the real Keycloak (and can therefore
 * sign in to the portal); erasure takes it away; when automatic changes are off or Keycloak has no
 * such account, the change waits for HR, who can record that IT did it by hand.
 *
 * <p>The test server runs with {@code alumni.keycloak.provisioning=off} so that the other tests'
 * departures never touch the demo users' roles; this test switches it on for its own throwaway
 * Keycloak account only, after settling everything else that is pending.
 */
class PortalAccessIT extends ServiceTest {

    private static final String ADMIN = Tokens.keycloakUrl() + "/admin/realms/alumni";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(PortalAccessIT.class, NetworkTestData.class, Tokens.class);
    }

    @Inject
    NetworkTestData data;

    @Inject
    SignInRoles signInRoles;

    @Inject
    KeycloakAccounts keycloak;

    @Inject
    ConsentLedger consents;

    @Inject
    Event<EmployeeLeft> departures;

    private final HttpClient http = HttpClient.newHttpClient();
    private String keycloakUser;

    @AfterEach
    void cleanUp() throws Exception {
        System.setProperty("alumni.keycloak.provisioning", "off");
        if (keycloakUser != null) {
            send("DELETE", ADMIN + "/users/" + keycloakUser, null);
        }
    }

    @Test
    void aLeaverWhoJoinedGetsTheAlumniRoleAtKeycloakAndErasureTakesItAway() throws Exception {
        String login = "it-leaver-" + NetworkTestData.unique().toLowerCase(Locale.ROOT);
        keycloakUser = createKeycloakUser(login);
        AlumnusProfile accepted = acceptedLeaver(login);
        settleEverythingPending();
        System.setProperty("alumni.keycloak.provisioning", "on");

        depart(accepted.getPerson());

        Poll.until(
                "Keycloak to give the new alumnus the alumni role",
                Duration.ofSeconds(10),
                () -> keycloak.holds(login, "alumni"));
        List<SignInRoleChange> history = hrAdmin.call(() -> signInRoles.historyOf(accepted.getPerson()));
        assertEquals(SignInRoleChange.Status.DONE, history.get(0).getStatus());
        assertEquals(SignInRoleChange.Kind.GRANT, history.get(0).getKind());

        hrAdmin.run(() -> consents.erase(data.employee(accepted.getPerson().getId())));
        Poll.until(
                "erasure to take the portal access away",
                Duration.ofSeconds(10),
                () -> !keycloak.holds(login, "alumni"));
        assertEquals(
                SignInRoleChange.Kind.REVOKE,
                hrAdmin.call(() -> signInRoles.historyOf(accepted.getPerson()))
                        .get(0)
                        .getKind());
        assertFalse(data.audit("Employee", accepted.getPerson().getId()).stream()
                .filter(a -> a.getDetail().contains("sign-in role 'alumni' granted at Keycloak"))
                .toList()
                .isEmpty());
    }

    @Test
    void aChangeKeycloakCannotMakeWaitsForHrWithTheReason() throws Exception {
        String login = "it-nobody-" + NetworkTestData.unique().toLowerCase(Locale.ROOT);
        AlumnusProfile accepted = acceptedLeaver(login);
        settleEverythingPending();
        System.setProperty("alumni.keycloak.provisioning", "on");

        depart(accepted.getPerson());

        SignInRoleChange pending = eventuallyAttempted(accepted.getPerson());
        assertEquals(SignInRoleChange.Status.PENDING, pending.getStatus());
        assertTrue(
                pending.getLastError().contains("no account with the user name '" + login + "'"),
                pending.getLastError());
        assertTrue(hrAdmin.call(() -> signInRoles.pending()).stream()
                .anyMatch(c -> c.getId().equals(pending.getId())));

        hrAdmin.run(() -> signInRoles.markDoneByHand(pending.getId()));
        SignInRoleChange done =
                hrAdmin.call(() -> signInRoles.historyOf(accepted.getPerson())).get(0);
        assertEquals(SignInRoleChange.Status.DONE_BY_HAND, done.getStatus());
        assertEquals("hr.admin", done.getCompletedBy());
        BusinessException again = assertThrows(
                BusinessException.class, () -> hrAdmin.run(() -> signInRoles.markDoneByHand(pending.getId())));
        assertEquals("identity.role-change.not-pending", again.getKey());
    }

    @Test
    void withAutomaticChangesOffTheChangeWaitsAndSaysWhy() throws Exception {
        AlumnusProfile accepted =
                acceptedLeaver("it-off-" + NetworkTestData.unique().toLowerCase(Locale.ROOT));
        depart(accepted.getPerson());
        SignInRoleChange pending = eventuallyAttempted(accepted.getPerson());
        assertEquals(SignInRoleChange.Status.PENDING, pending.getStatus());
        assertTrue(pending.getLastError().contains("alumni.keycloak.provisioning=off"), pending.getLastError());
    }

    @Test
    void onlyHrSeesAndSettlesRoleChanges() {
        assertThrows(EJBAccessException.class, () -> manager.call(() -> signInRoles.pending()));
        assertThrows(EJBAccessException.class, () -> manager.run(() -> signInRoles.markDoneByHand(1L)));
        assertThrows(EJBAccessException.class, () -> signInRoles.applyPending());
    }

    private AlumnusProfile acceptedLeaver(String login) {
        return data.acceptedLeaver(login, "PAX" + NetworkTestData.unique());
    }

    private void depart(Employee person) throws Exception {
        data.markLeft(person.getId());
        transactionally(() -> {
            departures.fire(new EmployeeLeft(person.getId(), person.getLeavingDate()));
            return null;
        });
    }

    /** Other tests' changes would otherwise be carried out while automatic changes are on. */
    private void settleEverythingPending() throws Exception {
        transactionally(
                () -> em.createQuery("update SignInRoleChange c set c.status = :superseded where c.status = :pending")
                        .setParameter("superseded", SignInRoleChange.Status.SUPERSEDED)
                        .setParameter("pending", SignInRoleChange.Status.PENDING)
                        .executeUpdate());
    }

    private SignInRoleChange eventuallyAttempted(Employee person) throws Exception {
        return Poll.value("the sign-in role change to be attempted", Duration.ofSeconds(10), () -> {
            List<SignInRoleChange> history = hrAdmin.call(() -> signInRoles.historyOf(person));
            return !history.isEmpty() && history.get(0).getAttempts() > 0 ? history.get(0) : null;
        });
    }

    private <T> T transactionally(Callable<T> work) throws Exception {
        transaction.begin();
        try {
            T result = work.call();
            transaction.commit();
            return result;
        } catch (Exception failed) {
            transaction.rollback();
            throw failed;
        }
    }

    private String createKeycloakUser(String login) throws Exception {
        HttpResponse<String> created = send(
                "POST",
                ADMIN + "/users",
                "{\"username\":\"" + login + "\",\"enabled\":true,\"firstName\":\"花子\",\"lastName\":\"退職\"}");
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private HttpResponse<String> send(String method, String url, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + Tokens.forProvisioning())
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
