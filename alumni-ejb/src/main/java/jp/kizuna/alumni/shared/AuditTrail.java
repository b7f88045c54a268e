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

    private static final String INSERT_EACH = """
            insert into audit_entry (id, occurred_at, actor, action, subject_type, subject_id, detail)
            select line.id, ?, ?, ?, ?, line.subject_id, ?
            from unnest(cast(? as bigint array), cast(? as varchar array)) as line (id, subject_id)""";

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private Clock clock;

    @PermitAll
    public void record(AuditEntry.Action action, String subjectType, Object subjectId, String detail) {
        em.persist(new AuditEntry(
                LocalDateTime.now(clock), actor(), action, subjectType, String.valueOf(subjectId), detail));
    }

    /**
     * One line per subject, as {@link #record} would write for each, but as one statement on the
     * persistence context's connection (so in the same transaction): for bulk changes such as the
     * HR synchronisation's thousand employees. The lines share everything but id and subject, so
     * those two go as arrays instead of a JDBC batch of seven parameters per line, which the
     * driver encodes and the database parses one by one (docs/benchmarks.md, "Measurements behind
     * code choices"). Standard SQL that H2 runs too.
     * Audit lines are not cached and never read back by the transaction that writes them.
     */
    @PermitAll
    public void recordEach(AuditEntry.Action action, String subjectType, List<?> subjectIds, String detail) {
        if (subjectIds.isEmpty()) {
            return;
        }
        AuditEntry shared = new AuditEntry(LocalDateTime.now(clock), actor(), action, subjectType, "", detail);
        Connection connection = em.unwrap(Connection.class);
        try {
            insertLines(connection, shared, subjectIds, SequenceBlocks.reserve(connection, subjectIds.size()));
        } catch (SQLException failure) {
            throw new PersistenceException("Audit lines not written", failure);
        }
    }

    /** One line per subject, each like {@code shared} but for its subject and with an id from {@code ids}. */
    static void insertLines(Connection connection, AuditEntry shared, List<?> subjectIds, LongSupplier ids)
            throws SQLException {
        Long[] lineIds = new Long[subjectIds.size()];
        String[] subjects = new String[subjectIds.size()];
        for (int i = 0; i < subjects.length; i++) {
            lineIds[i] = ids.getAsLong();
            subjects[i] = String.valueOf(subjectIds.get(i));
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_EACH)) {
            insert.setObject(1, shared.getOccurredAt());
            insert.setString(2, shared.getActor());
            insert.setString(3, shared.getAction().name());
            insert.setString(4, shared.getSubjectType());
            insert.setString(5, shared.getDetail());
            insert.setArray(6, connection.createArrayOf("bigint", lineIds));
            insert.setArray(7, connection.createArrayOf("varchar", subjects));
            insert.executeUpdate();
        }
    }

    private String actor() {
        String actor = session.getCallerPrincipal() == null
                ? "system"
                : session.getCallerPrincipal().getName();
        if ("anonymous".equals(actor) && session.isCallerInRole(Roles.HR_ADMIN)) {
            // A scheduled job running as HR (@RunAs) has a role but no person behind it.
            actor = "system";
        }
        return actor;
    }

    /** Most lines one export may hold: beyond it the reader narrows the period (a year of a large company fits). */
    public static final int EXPORT_MAX = 100_000;

    /** Newest first, narrowed by {@code query}. */
    @RolesAllowed(Roles.HR_ADMIN)
    public List<AuditEntry> search(AuditQuery query, int first, int max) {
        return filtered("select a", query, " order by a.occurredAt desc, a.id desc", AuditEntry.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public long count(AuditQuery query) {
        return filtered("select count(a)", query, "", Long.class).getSingleResult();
    }

    /**
     * The lines {@code query} selects, oldest first, for a file that leaves the application; the export
     * is itself audited, in the same transaction (the audit log names who took a copy of it, and which part).
     */
    @RolesAllowed(Roles.HR_ADMIN)
    public List<AuditEntry> export(AuditQuery query) {
        long lines = count(query);
        if (lines > EXPORT_MAX) {
            throw new BusinessException("shared.audit.too-many", EXPORT_MAX);
        }
        List<AuditEntry> entries = filtered("select a", query, " order by a.occurredAt, a.id", AuditEntry.class)
                .getResultList();
        record(AuditEntry.Action.EXPORT, "AuditEntry", "csv", query + " (" + entries.size() + " lines)");
        return entries;
    }

    private <T> TypedQuery<T> filtered(String select, AuditQuery query, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" from AuditEntry a where 1 = 1");
        if (query.subjectType() != null) {
            jpql.append(" and a.subjectType = :type");
        }
        if (query.actor() != null) {
            jpql.append(" and a.actor = :actor");
        }
        if (query.action() != null) {
            jpql.append(" and a.action = :action");
        }
        if (query.from() != null) {
            jpql.append(" and a.occurredAt >= :from");
        }
        if (query.to() != null) {
            jpql.append(" and a.occurredAt < :until");
        }
        TypedQuery<T> typed = em.createQuery(jpql.append(order).toString(), type);
        if (query.subjectType() != null) {
            typed.setParameter("type", query.subjectType());
        }
        if (query.actor() != null) {
            typed.setParameter("actor", query.actor());
        }
        if (query.action() != null) {
            typed.setParameter("action", query.action());
        }
        // Moments are stored in the company's zone (the clock's), so days compare directly.
        if (query.from() != null) {
            typed.setParameter("from", query.from().atStartOfDay());
        }
        if (query.to() != null) {
            typed.setParameter("until", query.to().plusDays(1).atStartOfDay());
        }
        return typed;
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
}
