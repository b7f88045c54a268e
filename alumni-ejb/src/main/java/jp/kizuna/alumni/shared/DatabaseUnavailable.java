package jp.kizuna.alumni.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure caused by the database being out of reach (stopped, restarting, network gone)
 * from a bug, so that interfaces answer "try again later" (HTTP 503, a SOAP fault, a Faces page)
 * instead of an internal error. The connection pool revalidates connections, so the application
 * recovers by itself once the database is back.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {}

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // SQLSTATE class 08: connection exception (PostgreSQL: connection refused, terminated).
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
            // IronJacamar could not hand out a connection: the pool has none that validates.
            if (cause.getClass().getName().startsWith("jakarta.resource.")
                    || String.valueOf(cause.getMessage()).contains("IJ000453")) {
                return true;
            }
        }
        return false;
    }
}
