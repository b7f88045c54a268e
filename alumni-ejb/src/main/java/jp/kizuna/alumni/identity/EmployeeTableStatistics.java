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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.kizuna.alumni.shared.Roles;

/**
 * Keeps PostgreSQL's picture of the employee table current while the HR system loads it. The
 * planner chooses how to find a batch's employees from the table's statistics, which autovacuum
 * renews at most once a minute; during an initial load the table grows tenfold within that minute,
 * and with statistics of a nearly empty table the lookup of a batch's 1,000 employee numbers was
 * planned as a walk through the whole table (15 to 50 ms per batch, growing with the table) instead
 * of 1,000 index probes (2 ms). After a batch that created employees, this analyses the table once
 * it has changed by more than its size as last analysed. The upsert hands the call to an executor,
 * so it runs beside the next batches, in its own short transaction, one at a time per server; H2
 * (the one-command demo) plans without it.
 */
@Stateless
@RolesAllowed({Roles.HR_SYSTEM, Roles.HR_ADMIN})
public class EmployeeTableStatistics {

    /** Fewer changes than this never matter to a plan. */
    static final long MIN_CHANGES = 1000;
    private static final Logger LOG = Logger.getLogger(EmployeeTableStatistics.class.getName());
    private static final AtomicBoolean RUNNING = new AtomicBoolean();

    @Resource(lookup = "java:jboss/datasources/AlumniDS")
    private DataSource dataSource;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void renewIfOutgrown() {
        if (!RUNNING.compareAndSet(false, true)) {
            return; // one analysis at a time is enough: the next batch asks again
        }
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            if (!connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
                return;
            }
            try (ResultSet table = sql.executeQuery("""
                    select s.n_mod_since_analyze, greatest(c.reltuples, 0)
                    from pg_stat_user_tables s join pg_class c on c.oid = s.relid
                    where s.relname = 'employee' and s.schemaname = current_schema()""")) {
                if (!table.next() || !outgrown(table.getLong(1), table.getDouble(2))) {
                    return;
                }
            }
            sql.execute("analyze employee");
        } catch (SQLException failure) {
            // Only the plans suffer (autovacuum analyses later); the HR batches are not affected.
            LOG.log(Level.WARNING, "Employee table statistics not renewed", failure);
        } finally {
            RUNNING.set(false);
        }
    }

    /** Changed by more than its size as last analysed (and by enough to matter). */
    static boolean outgrown(long changesSinceAnalysed, double rowsAsAnalysed) {
        return changesSinceAnalysed >= MIN_CHANGES && changesSinceAnalysed >= rowsAsAnalysed;
    }
}
