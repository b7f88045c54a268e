package jp.kizuna.alumni.shared;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Records reads of confidential data and changes of personal data in the caller's transaction,
 * so an audited change and its audit line commit or roll back together.
 */
@Stateless
public class AuditTrail {

    private static final String INSERT = "insert into audit_entry"
            + " (id, occurred_at, actor, action, subject_type, subject_id, detail) values (?, ?, ?, ?, ?, ?, ?)";

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private Clock clock;

    @PermitAll
    public void record(AuditEntry.Action action, String subjectType, Object subjectId, String detail) {
        em.persist(new AuditEntry(LocalDateTime.now(clock), actor(), action, subjectType, String.valueOf(subjectId),
                detail));
    }

    /**
     * One line per subject, as {@link #record} would write for each, but as one JDBC batch on the
     * persistence context's connection (so in the same transaction): for bulk changes such as the
     * HR synchronisation's thousand employees, where a thousand entities cost more than the rows.
     * Audit lines are not cached and never read back by the transaction that writes them.
     */
    @PermitAll
    public void recordEach(AuditEntry.Action action, String subjectType, List<?> subjectIds, String detail) {
        if (subjectIds.isEmpty()) {
            return;
        }
        String actor = actor();
        LocalDateTime now = LocalDateTime.now(clock);
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            LongSupplier ids = SequenceBlocks.reserve(connection, subjectIds.size());
            for (Object subjectId : subjectIds) {
                AuditEntry entry = new AuditEntry(now, actor, action, subjectType, String.valueOf(subjectId), detail);
                insert.setLong(1, ids.getAsLong());
                insert.setObject(2, entry.getOccurredAt());
                insert.setString(3, entry.getActor());
                insert.setString(4, entry.getAction().name());
                insert.setString(5, entry.getSubjectType());
                insert.setString(6, entry.getSubjectId());
                insert.setString(7, entry.getDetail());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException failure) {
            throw new PersistenceException("Audit lines not written", failure);
        }
    }

    private String actor() {
        String actor = session.getCallerPrincipal() == null ? "system" : session.getCallerPrincipal().getName();
        if ("anonymous".equals(actor) && session.isCallerInRole(Roles.HR_ADMIN)) {
            // A scheduled job running as HR (@RunAs) has a role but no person behind it.
            actor = "system";
        }
        return actor;
    }

    /** Newest first; {@code subjectType} and {@code actor} narrow the list when given. */
    @RolesAllowed(Roles.HR_ADMIN)
    public List<AuditEntry> search(String subjectType, String actor, int first, int max) {
        return filtered("select a", subjectType, actor, " order by a.occurredAt desc, a.id desc", AuditEntry.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public long count(String subjectType, String actor) {
        return filtered("select count(a)", subjectType, actor, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, String subjectType, String actor, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" from AuditEntry a where 1 = 1");
        if (!isBlank(subjectType)) {
            jpql.append(" and a.subjectType = :type");
        }
        if (!isBlank(actor)) {
            jpql.append(" and a.actor = :actor");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        if (!isBlank(subjectType)) {
            query.setParameter("type", subjectType);
        }
        if (!isBlank(actor)) {
            query.setParameter("actor", actor);
        }
        return query;
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public List<AuditEntry> forSubject(String subjectType, Object subjectId) {
        return em.createQuery("""
                        select a from AuditEntry a where a.subjectType = :type and a.subjectId = :id
                        order by a.occurredAt desc, a.id desc""", AuditEntry.class)
                .setParameter("type", subjectType)
                .setParameter("id", String.valueOf(subjectId))
                .getResultList();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
