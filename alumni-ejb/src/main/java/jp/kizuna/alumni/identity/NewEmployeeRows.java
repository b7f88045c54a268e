package jp.kizuna.alumni.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Writes new employees with one statement on the caller's connection, in the caller's transaction:
 * the HR system's bulk synchronisation creates up to a thousand at a time, and building and
 * tracking that many entities in the persistence context cost more than the database's work. The
 * employees are built and checked by {@link Employee} itself (names, keys, manager line) before
 * they get here; this only stores them. {@link Employee} is not in the shared cache, so nothing
 * cached can miss these rows; the objects passed in are not managed afterwards.
 * <p>
 * The rows go as one array per column, unnested by the database ({@code INSERT ... SELECT FROM
 * UNNEST}) rather than as a JDBC batch of multi-row INSERTs, whose 22 parameters per employee are
 * each encoded, sent and parsed on their own (docs/benchmarks.md); standard SQL that H2 (the
 * one-command demo) runs too. Dates and times travel as ISO texts, cast by the
 * database, since drivers differ in the Java types they accept in arrays.
 */
final class NewEmployeeRows {

    /** The columns, each with the element type of its array and the type the database casts it to. */
    private static final List<Column> COLUMNS = List.of(
            new Column("id", "bigint", null, Employee::getId),
            new Column("version", "bigint", null, Employee::getVersion),
            new Column("employee_number", "varchar", null, Employee::getEmployeeNumber),
            new Column("login_name", "varchar", null, Employee::getLoginName),
            new Column("family_name", "varchar", null, Employee::getFamilyName),
            new Column("given_name", "varchar", null, Employee::getGivenName),
            new Column("family_name_kana", "varchar", null, Employee::getFamilyNameKana),
            new Column("given_name_kana", "varchar", null, Employee::getGivenNameKana),
            new Column("family_name_key", "varchar", null, Employee::familyNameKey),
            new Column("given_name_key", "varchar", null, Employee::givenNameKey),
            new Column("family_kana_key", "varchar", null, Employee::familyKanaKey),
            new Column("given_kana_key", "varchar", null, Employee::givenKanaKey),
            new Column("romaji_key", "varchar", null, Employee::romajiKey),
            new Column("given_first_romaji_key", "varchar", null, Employee::givenFirstRomajiKey),
            new Column("work_email", "varchar", null, Employee::getWorkEmail),
            new Column("personal_email", "varchar", null, Employee::getPersonalEmail),
            new Column("job_title", "varchar", null, Employee::getJobTitle),
            new Column("job_grade", "varchar", null, Employee::getJobGrade),
            new Column(
                    "department_id",
                    "bigint",
                    null,
                    employee -> employee.getDepartment() == null
                            ? null
                            : employee.getDepartment().getId()),
            new Column(
                    "manager_id",
                    "bigint",
                    null,
                    employee -> employee.getManager() == null
                            ? null
                            : employee.getManager().getId()),
            new Column("hire_date", "varchar", "date", employee -> text(employee.getHireDate())),
            new Column("leaving_date", "varchar", "date", employee -> text(employee.getLeavingDate())),
            new Column(
                    "status", "varchar", null, employee -> employee.getStatus().name()),
            new Column("preferred_locale", "varchar", null, Employee::preferredLanguage),
            new Column("updated_at", "varchar", "timestamp", employee -> text(employee.getUpdatedAt())));

    /** {@code insert into employee (...) select ... from unnest(cast(? as bigint array), ...) as newcomer (...)}. */
    private static final String INSERT = insertStatement();

    private record Column(String name, String elementType, String castTo, Function<Employee, Object> value) {}

    private NewEmployeeRows() {}

    /**
     * Gives each new employee an id from {@code ids} and inserts them, managers before their reports
     * (a manager may be one of them or an employee already stored; H2 checks each row's manager as
     * it goes). Afterwards each has its id.
     */
    static void insert(Connection connection, List<Employee> newcomers, LongSupplier ids) throws SQLException {
        if (newcomers.isEmpty()) {
            return;
        }
        List<Employee> ordered = managersFirst(newcomers);
        ordered.forEach(employee -> employee.storedAs(ids.getAsLong()));
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (int column = 0; column < COLUMNS.size(); column++) {
                Column spec = COLUMNS.get(column);
                Object[] values =
                        spec.elementType().equals("bigint") ? new Long[ordered.size()] : new String[ordered.size()];
                for (int row = 0; row < values.length; row++) {
                    values[row] = spec.value().apply(ordered.get(row));
                }
                insert.setArray(column + 1, connection.createArrayOf(spec.elementType(), values));
            }
            insert.executeUpdate();
        }
    }

    /** The employees ordered so that a manager among them comes before everyone reporting to them. */
    private static List<Employee> managersFirst(List<Employee> newcomers) {
        Set<Employee> pending = Collections.newSetFromMap(new IdentityHashMap<>());
        pending.addAll(newcomers);
        List<Employee> ordered = new ArrayList<>(newcomers.size());
        for (Employee employee : newcomers) {
            Deque<Employee> line = new ArrayDeque<>();
            for (Employee current = employee;
                    current != null && pending.remove(current);
                    current = current.getManager()) {
                line.push(current);
            }
            while (!line.isEmpty()) {
                ordered.add(line.pop());
            }
        }
        return ordered;
    }

    /** The columns written, in order: every column of the employee table (NewEmployeeRowsTest compares them). */
    static List<String> columnNames() {
        return COLUMNS.stream().map(Column::name).toList();
    }

    private static String insertStatement() {
        List<String> names = COLUMNS.stream().map(Column::name).toList();
        List<String> values = COLUMNS.stream()
                .map(column -> column.castTo() == null
                        ? column.name()
                        : "cast(" + column.name() + " as " + column.castTo() + ")")
                .toList();
        List<String> arrays = COLUMNS.stream()
                .map(column -> "cast(? as " + column.elementType() + " array)")
                .toList();
        return "insert into employee (" + String.join(", ", names) + ") select " + String.join(", ", values)
                + " from unnest(" + String.join(", ", arrays) + ") as newcomer (" + String.join(", ", names) + ")";
    }

    private static String text(Object dateOrTime) {
        return dateOrTime == null ? null : dateOrTime.toString();
    }
}
