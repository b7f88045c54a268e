package jp.kizuna.alumni.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;
import jp.kizuna.alumni.privacy.ErasureRequested;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditTrail;
import jp.kizuna.alumni.shared.MailRefused;
import jp.kizuna.alumni.shared.Roles;

/**
 * Remembers addresses the relay refused for good (a 5xx reply to RCPT TO at send time) and shows HR
 * which people are unreachable. A temporary refusal (4xx) is not recorded: the relay may take the
 * next mail. A person counts as unreachable while the refused address is still theirs; a new address
 * from HR data or the person ends it, as does HR marking it reachable again.
 */
@Stateless
public class MailRefusals {

    private static final Logger LOG = Logger.getLogger(MailRefusals.class.getName());

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    /** In its own transaction: the mail failed, but that the address is refused must stay known. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void onRefusal(@Observes MailRefused refused) {
        if (!refused.permanent()) {
            return;
        }
        String address = MailRefusal.normalised(refused.address());
        List<Employee> people = em.createQuery(
                        "select e from Employee e where lower(e.personalEmail) = :a" + " or lower(e.workEmail) = :a",
                        Employee.class)
                .setParameter("a", address)
                .getResultList();
        LocalDateTime now = LocalDateTime.now(clock);
        for (Employee person : people) {
            MailRefusal known = em.createQuery(
                            "select r from MailRefusal r where r.person = :p and r.address = :a", MailRefusal.class)
                    .setParameter("p", person)
                    .setParameter("a", address)
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            if (known == null) {
                em.persist(new MailRefusal(person, address, refused.reply(), now));
            } else {
                known.refusedAgain(refused.reply(), now);
            }
            LOG.info(() -> "Mail to employee " + person.getId() + " refused by the relay: " + refused.reply());
        }
    }

    /** People whose current address the relay refused, most recent refusal first. */
    @RolesAllowed(Roles.HR_ADMIN)
    public List<MailRefusal> unreachable() {
        return em
                .createQuery(
                        "select r from MailRefusal r join fetch r.person order by r.lastRefusedAt desc, r.id desc",
                        MailRefusal.class)
                .getResultList()
                .stream()
                .filter(MailRefusal::isCurrent)
                .toList();
    }

    /** HR learned the address works again (the person confirmed it): mail is tried there as before. */
    @RolesAllowed(Roles.HR_ADMIN)
    public void markReachable(long refusalId) {
        MailRefusal refusal = em.find(MailRefusal.class, refusalId);
        if (refusal != null) {
            em.remove(refusal);
            audit.record(
                    AuditEntry.Action.UPDATE,
                    "Employee",
                    refusal.getPerson().getId(),
                    "refused address marked reachable");
        }
    }

    @PermitAll
    public void onErasure(@Observes ErasureRequested erasure) {
        em.createQuery("delete from MailRefusal r where r.person.id = :id")
                .setParameter("id", erasure.employeeId())
                .executeUpdate();
    }
}
