package jp.kizuna.alumni.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.kizuna.alumni.shared.Roles;

/**
 * Keeps PostgreSQL's picture of the employee table current while the HR system loads it. The
 * planner chooses how to find a batch's employees from the table's statistics, which autovacuum
 * renews at most once a minute; during an initial load the table grows tenfold within that minute,
 * and with statistics of a nearly empty table the lookup of a batch's 1,000 employee numbers is
 * planned as a walk through the whole table, growing with it, instead of 1,000 index probes (the
 * figures are in docs/benchmarks.md). After a batch that created employees, this analyses the table once
 * it has changed by more than its size as last analysed. The upsert hands the call to an executor,
 * so it runs beside the next batches, in its own short transaction; H2 (the one-command demo) plans
 * without it.
 *
 * <p>One analysis at a time across the whole cluster: the check runs only while this call holds a
 * PostgreSQL advisory lock, taken without waiting on the connection it analyses with and released
 * before the connection goes back to the pool. A call that finds it held does nothing (the next
 * batch asks again). The guard lives in the database, not in a field of this JVM, so a second node
 * (or a restart) neither skips nor doubles the work.
 */
@Stateless
@RolesAllowed({Roles.HR_SYSTEM, Roles.HR_ADMIN})
public class EmployeeTableStatistics {

    /** Fewer changes than this never matter to a plan. */
    static final long MIN_CHANGES = 1000;

    private static final Logger LOG = Logger.getLogger(EmployeeTableStatistics.class.getName());
    /** The advisory lock's key (any bigint the application uses for nothing else): "EMPSTAT" in ASCII. */
    static final long ANALYSIS_LOCK = 0x454d5053544154L;

    @Resource(lookup = "java:jboss/datasources/AlumniDS")
    private DataSource dataSource;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void renewIfOutgrown() {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            if (!connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres")) {
                return;
            }
            if (!advisoryLock(sql, "pg_try_advisory_lock")) {
                return; // another call (on this node or another) is analysing: the next batch asks again
            }
            try {
                renewIfOutgrown(sql);
            } finally {
                advisoryLock(sql, "pg_advisory_unlock");
            }
        } catch (SQLException failure) {
            // Only the plans suffer (autovacuum analyses later); the HR batches are not affected. A
            // lock left by a broken connection goes with the connection's session.
            LOG.log(Level.WARNING, "Employee table statistics not renewed", failure);
        }
    }

    private static void renewIfOutgrown(Statement sql) throws SQLException {
        try (ResultSet table = sql.executeQuery("""
                select s.n_mod_since_analyze, greatest(c.reltuples, 0)
                from pg_stat_user_tables s join pg_class c on c.oid = s.relid
                where s.relname = 'employee' and s.schemaname = current_schema()""")) {
            if (!table.next() || !outgrown(table.getLong(1), table.getDouble(2))) {
                return;
            }
        }
        sql.execute("analyze employee");
    }

    private static boolean advisoryLock(Statement sql, String function) throws SQLException {
        try (ResultSet result = sql.executeQuery("select " + function + "(" + ANALYSIS_LOCK + ")")) {
            return result.next() && result.getBoolean(1);
        }
    }

    /** Changed by more than its size as last analysed (and by enough to matter). */
    static boolean outgrown(long changesSinceAnalysed, double rowsAsAnalysed) {
        return changesSinceAnalysed >= MIN_CHANGES && changesSinceAnalysed >= rowsAsAnalysed;
    }
}
