package jp.kizuna.alumni.messaging;

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
 * Erases message threads whose last message lies longer ago than {@code alumni.retention.message-months}
 * (default 24): a conversation nobody continued for that long has served its purpose. Safe in a
 * cluster like the exit data retention: the sweep claims the lock row {@code message-retention}
 * first, and a second server (or a second run the same day) finds it claimed.
 */
@Stateless
public class MessageRetention {

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
                        "select t.id from MessageThread t where t.lastMessageAt < :cutoff", Long.class)
                .setParameter("cutoff", cutoff)
                .getResultList();
        if (!expired.isEmpty()) {
            em.createQuery("delete from ThreadMessage m where m.thread.id in :t")
                    .setParameter("t", expired)
                    .executeUpdate();
            em.createQuery("delete from MessageThread t where t.id in :t")
                    .setParameter("t", expired)
                    .executeUpdate();
        }
        audit.record(
                AuditEntry.Action.ERASE,
                "MessageThread",
                "retention-" + now.toLocalDate(),
                "Retention " + settings.messageRetentionMonths() + " months (last message before " + cutoff + "): "
                        + expired.size() + " message threads erased");
        return new Sweep(cutoff, expired.size());
    }
}
