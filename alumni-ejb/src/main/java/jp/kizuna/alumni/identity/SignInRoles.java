package jp.kizuna.alumni.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditTrail;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;

/**
 * Keeps people's roles at the sign-in server in step with what happens here: a leaver who joins
 * the alumni network gets the {@code alumni} role, one who leaves it loses it. The change is
 * recorded in the business transaction (so it cannot be lost), tried right after the commit and
 * retried by {@link SignInRoleSyncSchedule} until Keycloak confirms it; HR sees what is still pending.
 */
@Stateless
public class SignInRoles {

    private static final Logger LOG = Logger.getLogger(SignInRoles.class.getName());
    private static final int BATCH = 100;

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private KeycloakAccounts keycloak;

    @Inject
    private Event<SignInRoleRequested> requested;

    @Inject
    private SignInRoles self;

    /**
     * Records that the person should get (or lose) the role. Open to any caller: it runs inside
     * other capabilities' use cases (a departure recorded by HR, a manager or the HR system; an
     * alumnus leaving the network), and only ever records a change those use cases decided.
     */
    @PermitAll
    public SignInRoleChange request(Employee person, String role, SignInRoleChange.Kind kind) {
        LocalDateTime now = LocalDateTime.now(clock);
        for (SignInRoleChange earlier : pendingFor(person, role)) {
            earlier.supersede(now);
        }
        SignInRoleChange change = new SignInRoleChange(person, role, kind, now);
        em.persist(change);
        em.flush();
        requested.fire(new SignInRoleRequested(change.getId()));
        return change;
    }

    /** Right after the commit: one attempt; a failure leaves the change pending for the retries. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void applyAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) SignInRoleRequested request) {
        try {
            self.apply(request.changeId());
        } catch (EJBException failed) {
            LOG.log(Level.WARNING, "Sign-in role change " + request.changeId() + " left pending", failed);
        }
    }

    /**
     * Carries out one recorded change at Keycloak. The row is locked first, so two servers (or the
     * timer and the after-commit attempt) never both work on it. Open to any caller for the same
     * reason as {@link #request}: it can only carry out a change that was already decided.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean apply(long changeId) {
        SignInRoleChange change = em.find(SignInRoleChange.class, changeId, LockModeType.PESSIMISTIC_WRITE);
        if (change == null || !change.isPending()) {
            return false;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (!KeycloakAccounts.enabled()) {
            change.failed(
                    "automatic changes at Keycloak are switched off (alumni.keycloak.provisioning=off):"
                            + " change the role in your directory and mark it done here",
                    now);
            return false;
        }
        try {
            if (change.getKind() == SignInRoleChange.Kind.GRANT) {
                keycloak.grant(change.getLoginName(), change.getRole());
            } else {
                keycloak.revoke(change.getLoginName(), change.getRole());
            }
        } catch (KeycloakAccounts.RoleChangeFailed failed) {
            change.failed(failed.getMessage(), now);
            return false;
        }
        change.applied(now);
        audit.record(
                AuditEntry.Action.UPDATE,
                "Employee",
                change.getPerson().getId(),
                "sign-in role '" + change.getRole() + "' "
                        + (change.getKind() == SignInRoleChange.Kind.GRANT ? "granted" : "revoked")
                        + " at Keycloak for " + change.getLoginName());
        return true;
    }

    /** Tries every pending change once, oldest first; returns how many went through. */
    @RolesAllowed(Roles.HR_ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int applyPending() {
        int done = 0;
        for (Long id : em.createQuery(
                        "select c.id from SignInRoleChange c where c.status = :pending order by c.requestedAt",
                        Long.class)
                .setParameter("pending", SignInRoleChange.Status.PENDING)
                .setMaxResults(BATCH)
                .getResultList()) {
            try {
                if (self.apply(id)) {
                    done++;
                }
            } catch (EJBException failed) {
                LOG.log(Level.WARNING, "Sign-in role change " + id + " left pending", failed);
            }
        }
        return done;
    }

    /** What is still waiting, oldest first, for HR to follow up. */
    @RolesAllowed(Roles.HR_ADMIN)
    public List<SignInRoleChange> pending() {
        return em.createQuery(
                        "select c from SignInRoleChange c join fetch c.person where c.status = :pending"
                                + " order by c.requestedAt",
                        SignInRoleChange.class)
                .setParameter("pending", SignInRoleChange.Status.PENDING)
                .setMaxResults(500)
                .getResultList();
    }

    /** The person's role changes, newest first. */
    @RolesAllowed(Roles.HR_ADMIN)
    public List<SignInRoleChange> historyOf(Employee person) {
        return em.createQuery(
                        "select c from SignInRoleChange c where c.person = :person order by c.requestedAt desc, c.id desc",
                        SignInRoleChange.class)
                .setParameter("person", person)
                .getResultList();
    }

    /** IT made the change by hand (e.g. in the company directory that feeds Keycloak). */
    @RolesAllowed(Roles.HR_ADMIN)
    public void markDoneByHand(long changeId) {
        SignInRoleChange change = em.find(SignInRoleChange.class, changeId, LockModeType.PESSIMISTIC_WRITE);
        if (change == null) {
            throw new BusinessException("identity.role-change.unknown", changeId);
        }
        if (!change.isPending()) {
            throw new BusinessException("identity.role-change.not-pending", changeId, change.getStatus());
        }
        change.doneByHand(caller.login(), LocalDateTime.now(clock));
        audit.record(
                AuditEntry.Action.UPDATE,
                "Employee",
                change.getPerson().getId(),
                "sign-in role '" + change.getRole() + "' " + change.getKind() + " recorded as done by hand");
    }

    private List<SignInRoleChange> pendingFor(Employee person, String role) {
        return em.createQuery(
                        "select c from SignInRoleChange c where c.person = :person and c.role = :role"
                                + " and c.status = :pending",
                        SignInRoleChange.class)
                .setParameter("person", person)
                .setParameter("role", role)
                .setParameter("pending", SignInRoleChange.Status.PENDING)
                .getResultList();
    }
}
