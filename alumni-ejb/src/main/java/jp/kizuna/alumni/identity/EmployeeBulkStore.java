package jp.kizuna.alumni.identity;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.LongSupplier;
import jp.kizuna.alumni.shared.SequenceBlocks;

/**
 * The plain-JDBC path of the HR system's bulk synchronisation, on the connection and in the
 * transaction of the caller's persistence context: finding a batch's stored employees, writing new
 * employees and new departments, and keeping the employee table's statistics current. Batches of up
 * to a thousand records are mostly new employees during a load; as entities, building and tracking
 * that many cost more than the database's work (docs/benchmarks.md). Existing employees stay
 * entities, updated by the persistence context. The employee columns are listed once, in
 * {@link NewEmployeeRows}; a test compares them with the migrated table.
 */
@Dependent
public class EmployeeBulkStore {

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private EmployeeTableStatistics statistics;

    @Resource
    private ManagedExecutorService executor;

    /**
     * The ids of the stored employees among these numbers, by one statement with the numbers as one
     * array (a bulk load's batches are mostly new employees: cheaper than finding none by an entity
     * query); only those are then loaded as entities.
     */
    public List<Long> storedIds(Collection<String> employeeNumbers) {
        if (employeeNumbers.isEmpty()) {
            return List.of();
        }
        Connection connection = em.unwrap(Connection.class);
        List<Long> stored = new ArrayList<>();
        try (PreparedStatement query =
                connection.prepareStatement("select id from employee where employee_number = any(?)")) {
            query.setArray(1, connection.createArrayOf("varchar", employeeNumbers.toArray(String[]::new)));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.add(rows.getLong(1));
                }
            }
        } catch (SQLException failure) {
            throw new PersistenceException("Employees not looked up", failure);
        }
        return stored;
    }

    /**
     * Stores the departments of this list that no one has stored yet, including one that a
     * concurrent transaction is storing this moment: on PostgreSQL {@code ON CONFLICT DO NOTHING}
     * waits for that transaction and then leaves its row alone, so two HR systems naming the same new
     * department both go on. H2 (the one-command demo) has no such clause; there a second inserter
     * fails on the unique code and the caller's clash retry takes the stored row.
     */
    public void insertMissingDepartments(List<Department> departments) {
        if (departments.isEmpty()) {
            return;
        }
        Connection connection = em.unwrap(Connection.class);
        try {
            LongSupplier ids = SequenceBlocks.reserve(connection, departments.size());
            String insert = isPostgres(connection)
                    ? "insert into department (id, version, code, name_ja, name_en) values (?, 1, ?, ?, ?)"
                            + " on conflict (code) do nothing"
                    : "insert into department (id, version, code, name_ja, name_en) select ?, 1, ?, ?, ?"
                            + " from (values (1)) as one (x) where not exists (select 1 from department where code = ?)";
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                for (Department department : departments) {
                    statement.setLong(1, ids.getAsLong());
                    statement.setString(2, department.getCode());
                    statement.setString(3, department.getNameJa());
                    statement.setString(4, department.getNameEn());
                    if (!isPostgres(connection)) {
                        statement.setString(5, department.getCode());
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        } catch (SQLException failure) {
            throw new PersistenceException("New departments not stored", failure);
        }
    }

    /**
     * Writes new employees as one statement (see {@link NewEmployeeRows}), managers first; each has
     * its id afterwards but is not managed by the persistence context. Then, on PostgreSQL, the
     * table's statistics are renewed beside the next batches when the load has outgrown them.
     */
    public void insertNewEmployees(List<Employee> newcomers) {
        if (newcomers.isEmpty()) {
            return;
        }
        Connection connection = em.unwrap(Connection.class);
        try {
            NewEmployeeRows.insert(connection, newcomers, SequenceBlocks.reserve(connection, newcomers.size()));
        } catch (SQLException failure) {
            throw new PersistenceException("New employees not stored", failure);
        }
        try {
            executor.execute(statistics::renewIfOutgrown); // as the caller, beside the next batches
        } catch (RejectedExecutionException busy) {
            // The statistics wait for the next batch (or autovacuum); this batch is not affected.
        }
    }

    private static boolean isPostgres(Connection connection) throws SQLException {
        return connection
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
    }
}
