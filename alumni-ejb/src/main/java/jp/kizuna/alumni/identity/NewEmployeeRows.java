package jp.kizuna.alumni.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Writes new employees as one JDBC batch on the caller's connection, in the caller's transaction:
 * the HR system's bulk synchronisation creates up to a thousand at a time, and building and
 * tracking that many entities in the persistence context cost more than the database's work. The
 * employees are built and checked by {@link Employee} itself (names, keys, manager line) before
 * they get here; this only stores them. {@link Employee} is not in the shared cache, so nothing
 * cached can miss these rows; the objects passed in are not managed afterwards.
 */
public final class NewEmployeeRows {

    private static final String INSERT = """
            insert into employee (id, version, employee_number, login_name, family_name, given_name,
                family_name_kana, given_name_kana, family_name_key, given_name_key, family_kana_key, given_kana_key,
                work_email, personal_email, job_title, department_id, manager_id, hire_date, leaving_date, status,
                preferred_locale, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private NewEmployeeRows() {
    }

    /**
     * Gives each new employee an id from {@code ids} and inserts them, managers before their reports
     * (a manager may be one of them or an employee already stored). Afterwards each has its id.
     */
    public static void insert(Connection connection, List<Employee> newcomers, LongSupplier ids) throws SQLException {
        if (newcomers.isEmpty()) {
            return;
        }
        List<Employee> ordered = managersFirst(newcomers);
        ordered.forEach(employee -> employee.storedAs(ids.getAsLong()));
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Employee employee : ordered) {
                int column = 0;
                insert.setLong(++column, employee.getId());
                insert.setLong(++column, employee.getVersion());
                insert.setString(++column, employee.getEmployeeNumber());
                insert.setString(++column, employee.getLoginName());
                insert.setString(++column, employee.getFamilyName());
                insert.setString(++column, employee.getGivenName());
                insert.setString(++column, employee.getFamilyNameKana());
                insert.setString(++column, employee.getGivenNameKana());
                insert.setString(++column, employee.familyNameKey());
                insert.setString(++column, employee.givenNameKey());
                insert.setString(++column, employee.familyKanaKey());
                insert.setString(++column, employee.givenKanaKey());
                insert.setString(++column, employee.getWorkEmail());
                insert.setString(++column, employee.getPersonalEmail());
                insert.setString(++column, employee.getJobTitle());
                setId(insert, ++column, employee.getDepartment() == null ? null : employee.getDepartment().getId());
                setId(insert, ++column, employee.getManager() == null ? null : employee.getManager().getId());
                setDate(insert, ++column, employee.getHireDate());
                setDate(insert, ++column, employee.getLeavingDate());
                insert.setString(++column, employee.getStatus().name());
                insert.setString(++column, employee.preferredLanguage());
                insert.setObject(++column, employee.getUpdatedAt());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The employees ordered so that a manager among them comes before everyone reporting to them. */
    private static List<Employee> managersFirst(List<Employee> newcomers) {
        Set<Employee> pending = Collections.newSetFromMap(new IdentityHashMap<>());
        pending.addAll(newcomers);
        List<Employee> ordered = new ArrayList<>(newcomers.size());
        for (Employee employee : newcomers) {
            Deque<Employee> line = new ArrayDeque<>();
            for (Employee current = employee; current != null && pending.remove(current); current = current.getManager()) {
                line.push(current);
            }
            while (!line.isEmpty()) {
                ordered.add(line.pop());
            }
        }
        return ordered;
    }

    private static void setId(PreparedStatement insert, int column, Long id) throws SQLException {
        if (id == null) {
            insert.setNull(column, Types.BIGINT);
        } else {
            insert.setLong(column, id);
        }
    }

    private static void setDate(PreparedStatement insert, int column, java.time.LocalDate date) throws SQLException {
        if (date == null) {
            insert.setNull(column, Types.DATE);
        } else {
            insert.setObject(column, date);
        }
    }
}
