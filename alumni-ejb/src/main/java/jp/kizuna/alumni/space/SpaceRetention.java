package jp.kizuna.alumni.space;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditTrail;
import jp.kizuna.alumni.shared.Roles;
import jp.kizuna.alumni.shared.Settings;

/**
 * Erases threads in spaces where nobody wrote for {@code alumni.retention.message-months} (default 24):
 * the same period as messages, since a space thread is the same kind of conversation, only open to
 * more readers. The thread goes with its replies and their reports.
 */
@Stateless
public class SpaceRetention {

    /** What one sweep did. */
    public record Sweep(LocalDateTime cutoff, int threads) {}

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Settings settings;

    @Inject
    private AuditTrail audit;

    @RolesAllowed(Roles.HR_ADMIN)
    public Sweep sweep() {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime cutoff = now.minusMonths(settings.messageRetentionMonths());
        List<Long> expired = em.createQuery(
                        "select p.id from SpacePost p where p.parent is null and p.lastActivityAt < :c", Long.class)
                .setParameter("c", cutoff)
                .getResultList();
        if (!expired.isEmpty()) {
            List<Long> withReplies = em.createQuery(
                            "select p.id from SpacePost p where p.id in :t or p.parent.id in :t", Long.class)
                    .setParameter("t", expired)
                    .getResultList();
            em.createQuery("delete from SpaceReport r where r.post.id in :p")
                    .setParameter("p", withReplies)
                    .executeUpdate();
            em.createQuery("delete from SpacePost p where p.parent.id in :t")
                    .setParameter("t", expired)
                    .executeUpdate();
            em.createQuery("delete from SpacePost p where p.id in :t")
                    .setParameter("t", expired)
                    .executeUpdate();
        }
        audit.record(
                AuditEntry.Action.ERASE,
                "SpacePost",
                "retention-" + now.toLocalDate(),
                "Retention " + settings.messageRetentionMonths() + " months (no post since " + cutoff + "): "
                        + expired.size() + " space threads erased");
        return new Sweep(cutoff, expired.size());
    }
}
