package jp.kizuna.alumni.shared;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.Set;
import org.eclipse.persistence.exceptions.EclipseLinkException;

/**
 * Tells a failure caused by another transaction writing the same rows at the same time (two HR
 * systems creating the same employee or department, updating overlapping employees) from a bug: the
 * transaction was rolled back, and the same work in a new transaction finds the other's rows and
 * succeeds. Such a clash is the server's problem, never the sender's.
 */
public final class WriteClash {

    /**
     * SQLSTATEs of PostgreSQL and H2 for a clash: unique key taken (23505; a concurrent insert of the
     * same key), serialization failure or H2's deadlock (40001), PostgreSQL's deadlock (40P01), lock
     * not available (55P03) and H2's lock timeout (HYT00).
     */
    private static final Set<String> CLASH_STATES = Set.of("23505", "40001", "40P01", "55P03", "HYT00");

    private WriteClash() {}

    public static boolean causedBy(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 30; cause = next(cause), depth++) {
            if (cause instanceof OptimisticLockException
                    || cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException
                    || cause instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                for (SQLException each = sql; each != null; each = each.getNextException()) {
                    if (each.getSQLState() != null && CLASH_STATES.contains(each.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Throwable next(Throwable cause) {
        Throwable next = cause instanceof EclipseLinkException eclipseLink && eclipseLink.getInternalException() != null
                ? eclipseLink.getInternalException()
                : cause.getCause();
        return next == cause ? null : next;
    }
}
