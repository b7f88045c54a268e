package jp.kizuna.alumni.integration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.identity.EmployeeBulkStore;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditTrail;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * Takes a batch of employee master records over from the HR system. Every record is checked on its
 * own and against the database; valid records are created or updated, invalid ones reported, all in
 * the caller's transaction. The batch goes through named passes over its {@link Row}s: validate,
 * resolve references, create departments, apply, link managers, report. The existing employees and
 * departments of a batch are found with one query each (not one per row); new employees, new
 * departments and the audit lines are written in bulk ({@link EmployeeBulkStore}).
 */
@Stateless
public class EmployeeUpsert {

    /** Large enough for a nightly delta, small enough to keep one transaction short. */
    public static final int MAX_BATCH = 1000;

    private static final int IN_LIST_CHUNK = 1000;

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private EmployeeBulkStore bulk;

    /** One record of the batch on its way through the passes: its problem or, once applied, its outcome. */
    private static final class Row {
        final int position;
        final EmployeeRecord record;
        RecordProblem problem;
        RecordOutcome outcome;

        Row(int position, EmployeeRecord record) {
            this.position = position;
            this.record = record;
        }

        boolean valid() {
            return problem == null;
        }

        void reject(RecordProblem why) {
            problem = why;
        }

        RecordResult result() {
            String number = record == null ? null : record.employeeNumber();
            return valid()
                    ? RecordResult.applied(position, number, outcome)
                    : RecordResult.rejected(position, number, problem);
        }
    }

    /** The batch's employees and departments as stored or created so far, by number and by code. */
    private record Known(Map<String, Employee> employees, Map<String, Department> departments) {}

    @RolesAllowed({Roles.HR_SYSTEM, Roles.HR_ADMIN})
    public UpsertResult upsert(List<EmployeeRecord> batch) {
        if (batch == null || batch.isEmpty() || batch.size() > MAX_BATCH) {
            throw new BusinessException("integration.batch.size", MAX_BATCH, batch == null ? 0 : batch.size());
        }
        List<Row> rows = validate(batch, LocalDate.now(clock));
        Known known = resolveReferences(rows);
        createDepartments(rows, known);
        rejectUnresolvableManagers(rows, known.employees());
        List<Employee> newcomers = apply(rows, known);
        linkManagers(rows, known, newcomers);
        return report(rows);
    }

    /** Each record on its own (EmployeeRecord's checks), and each employee number once per batch. */
    private static List<Row> validate(List<EmployeeRecord> batch, LocalDate today) {
        List<Row> rows = new ArrayList<>(batch.size());
        Set<String> numbersSeen = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            Row row = new Row(i + 1, batch.get(i) == null ? null : batch.get(i).normalized());
            rows.add(row);
            if (row.record == null) {
                row.reject(new RecordProblem("integration.record.required", "employee"));
                continue;
            }
            List<RecordProblem> own = row.record.problems(today);
            if (!own.isEmpty()) {
                row.reject(own.get(0));
            } else if (!numbersSeen.add(row.record.employeeNumber())) {
                row.reject(new RecordProblem("integration.record.duplicate", row.record.employeeNumber()));
            }
        }
        return rows;
    }

    /** The stored employees (records and their managers) and departments the valid records name. */
    private Known resolveReferences(List<Row> rows) {
        Set<String> numbers = new LinkedHashSet<>();
        Set<String> codes = new LinkedHashSet<>();
        for (Row row : rows) {
            if (row.valid()) {
                numbers.add(row.record.employeeNumber());
                if (row.record.managerNumber() != null) {
                    numbers.add(row.record.managerNumber());
                }
                if (row.record.departmentCode() != null) {
                    codes.add(row.record.departmentCode());
                }
            }
        }
        return new Known(loadEmployees(numbers), loadDepartments(codes));
    }

    /**
     * A department code not stored yet is created when a record of the batch names it in both
     * languages (the other records of that department may then give only the code), and refused
     * when none does. Another HR system may be creating the same department at this moment: both
     * then use the one stored row.
     */
    private void createDepartments(List<Row> rows, Known known) {
        Map<String, Department> missing = new LinkedHashMap<>();
        for (Row row : rows) {
            EmployeeRecord record = row.record;
            if (row.valid()
                    && record.departmentCode() != null
                    && !known.departments().containsKey(record.departmentCode())
                    && record.departmentNameJa() != null
                    && record.departmentNameEn() != null) {
                missing.putIfAbsent(
                        record.departmentCode(),
                        new Department(record.departmentCode(), record.departmentNameJa(), record.departmentNameEn()));
            }
        }
        for (Row row : rows) {
            String code = row.record.departmentCode();
            if (row.valid() && code != null && !known.departments().containsKey(code) && !missing.containsKey(code)) {
                row.reject(new RecordProblem("integration.department.unknown", code));
            }
        }
        if (!missing.isEmpty()) {
            bulk.insertMissingDepartments(List.copyOf(missing.values()));
            known.departments().putAll(loadDepartments(missing.keySet()));
        }
    }

    /** Takes each valid record over onto its employee, new or stored; returns the new ones (not stored yet). */
    private static List<Employee> apply(List<Row> rows, Known known) {
        List<Employee> newcomers = new ArrayList<>();
        for (Row row : rows) {
            if (!row.valid()) {
                continue;
            }
            EmployeeRecord record = row.record;
            Employee employee = known.employees().get(record.employeeNumber());
            boolean created = employee == null;
            if (created) {
                employee = new Employee(record.employeeNumber(), record.familyName(), record.givenName());
                known.employees().put(record.employeeNumber(), employee);
                newcomers.add(employee);
            }
            boolean changed = takeOver(employee, record, known.departments());
            row.outcome = created ? RecordOutcome.CREATED : changed ? RecordOutcome.UPDATED : RecordOutcome.UNCHANGED;
        }
        return newcomers;
    }

    /**
     * Managers only after every record exists, so a batch may name a manager it creates itself. New
     * employees first: they are stored (with their managers) before an existing one may be put under
     * one of them.
     */
    private void linkManagers(List<Row> rows, Known known, List<Employee> newcomers) {
        Map<String, Employee> employees = known.employees();
        for (Row row : rows) {
            if (row.valid() && row.outcome == RecordOutcome.CREATED) {
                employees
                        .get(row.record.employeeNumber())
                        .setManager(
                                row.record.managerNumber() == null ? null : employees.get(row.record.managerNumber()));
            }
        }
        bulk.insertNewEmployees(newcomers);
        for (Row row : rows) {
            if (!row.valid() || row.outcome == RecordOutcome.CREATED) {
                continue;
            }
            Employee employee = employees.get(row.record.employeeNumber());
            Employee manager = row.record.managerNumber() == null ? null : employees.get(row.record.managerNumber());
            if (manager != null && !em.contains(manager)) {
                // A new employee: a stored row now, but not an entity of this persistence context.
                manager = em.getReference(Employee.class, manager.getId());
                employees.put(row.record.managerNumber(), manager);
            }
            if (employee.getManager() != manager) {
                employee.setManager(manager);
                if (row.outcome == RecordOutcome.UNCHANGED) {
                    row.outcome = RecordOutcome.UPDATED;
                }
            }
        }
    }

    /** The per-record answers in the order sent, and one audit line per employee created or changed. */
    private UpsertResult report(List<Row> rows) {
        List<String> createdNumbers = new ArrayList<>();
        List<String> updatedNumbers = new ArrayList<>();
        for (Row row : rows) {
            if (row.valid() && row.outcome == RecordOutcome.CREATED) {
                createdNumbers.add(row.record.employeeNumber());
            } else if (row.valid() && row.outcome == RecordOutcome.UPDATED) {
                updatedNumbers.add(row.record.employeeNumber());
            }
        }
        audit.recordEach(AuditEntry.Action.CREATE, "Employee", createdNumbers, "HR master data synchronisation");
        audit.recordEach(AuditEntry.Action.UPDATE, "Employee", updatedNumbers, "HR master data synchronisation");
        return UpsertResult.of(rows.stream().map(Row::result).toList());
    }

    /**
     * A manager must exist already or be a valid record of this batch, and no line may loop back to
     * the employee. Rejecting one record can orphan another, so this repeats until nothing changes.
     */
    private static void rejectUnresolvableManagers(List<Row> rows, Map<String, Employee> employees) {
        boolean changed = true;
        while (changed) {
            changed = false;
            Map<String, String> intendedManager = new HashMap<>();
            for (Row row : rows) {
                if (row.valid()) {
                    intendedManager.put(row.record.employeeNumber(), row.record.managerNumber());
                }
            }
            for (Row row : rows) {
                if (!row.valid() || row.record.managerNumber() == null) {
                    continue;
                }
                String number = row.record.employeeNumber();
                String manager = row.record.managerNumber();
                if (!employees.containsKey(manager) && !intendedManager.containsKey(manager)) {
                    row.reject(new RecordProblem("integration.manager.unknown", manager, number));
                    changed = true;
                } else if (leadsBackTo(number, manager, intendedManager, employees)) {
                    row.reject(new RecordProblem("integration.manager.cycle", number, manager));
                    changed = true;
                }
            }
        }
    }

    private static boolean leadsBackTo(
            String employee,
            String firstManager,
            Map<String, String> intendedManager,
            Map<String, Employee> employees) {
        String current = firstManager;
        for (int depth = 0; current != null && depth < 100; depth++) {
            if (current.equals(employee)) {
                return true;
            }
            if (intendedManager.containsKey(current)) {
                current = intendedManager.get(current);
            } else {
                Employee known = employees.get(current);
                Employee boss = known == null ? null : known.getManager();
                current = boss == null ? null : boss.getEmployeeNumber();
            }
        }
        return current != null;
    }

    /** Copies the HR system's view onto the employee; true when anything differed. */
    private static boolean takeOver(Employee employee, EmployeeRecord record, Map<String, Department> departments) {
        boolean changed = !Objects.equals(employee.getFamilyName(), record.familyName())
                || !Objects.equals(employee.getGivenName(), record.givenName())
                || !Objects.equals(employee.getFamilyNameKana(), record.familyNameKana())
                || !Objects.equals(employee.getGivenNameKana(), record.givenNameKana());
        if (changed) {
            employee.rename(record.familyName(), record.givenName(), record.familyNameKana(), record.givenNameKana());
        }
        if (!Objects.equals(employee.getWorkEmail(), record.workEmail())) {
            employee.setWorkEmail(record.workEmail());
            changed = true;
        }
        if (!Objects.equals(employee.getJobTitle(), record.jobTitle())) {
            employee.setJobTitle(record.jobTitle());
            changed = true;
        }
        if (!Objects.equals(employee.getHireDate(), record.hireDate())) {
            employee.setHireDate(record.hireDate());
            changed = true;
        }
        // Added in contract revision 1.1: a sender that does not send it (all earlier ones) keeps the stored grade.
        if (record.jobGrade() != null && !record.jobGrade().equals(employee.getJobGrade())) {
            employee.setJobGrade(record.jobGrade());
            changed = true;
        }
        Department department = record.departmentCode() == null ? null : departments.get(record.departmentCode());
        if (department != null
                && record.departmentNameJa() != null
                && record.departmentNameEn() != null
                && (!department.getNameJa().equals(record.departmentNameJa())
                        || !department.getNameEn().equals(record.departmentNameEn()))) {
            department.rename(record.departmentNameJa(), record.departmentNameEn());
        }
        if (employee.getDepartment() != department) {
            employee.setDepartment(department);
            changed = true;
        }
        return changed;
    }

    private Map<String, Employee> loadEmployees(Collection<String> numbers) {
        Map<String, Employee> found = new HashMap<>();
        for (List<Long> chunk : chunks(bulk.storedIds(numbers))) {
            // Managers by a second IN query on their ids (batch fetch), not by joining the employee
            // table to itself: PostgreSQL answers that join with a hash of the whole table, which
            // grows with the company (and, with the statistics of a table still being loaded, may
            // choose a nested loop over the whole table).
            em.createQuery("select e from Employee e left join fetch e.department where e.id in :ids", Employee.class)
                    .setParameter("ids", chunk)
                    .setHint(QueryHints.BATCH, "e.manager")
                    .setHint(QueryHints.BATCH_TYPE, "IN")
                    .setHint(QueryHints.BATCH_SIZE, IN_LIST_CHUNK)
                    // The ids as literals: 1,000 bound parameters make a prepared statement whose
                    // cached generic plan, made while the table was small, scans the whole table
                    // comparing every row with every parameter.
                    .setHint(QueryHints.BIND_PARAMETERS, HintValues.FALSE)
                    .getResultList()
                    .forEach(employee -> found.put(employee.getEmployeeNumber(), employee));
        }
        return found;
    }

    private Map<String, Department> loadDepartments(Collection<String> codes) {
        Map<String, Department> found = new HashMap<>();
        for (List<String> chunk : chunks(codes)) {
            em.createQuery("select d from Department d where d.code in :codes", Department.class)
                    .setParameter("codes", chunk)
                    .getResultList()
                    .forEach(department -> found.put(department.getCode(), department));
        }
        return found;
    }

    private static <T> List<List<T>> chunks(Collection<T> values) {
        List<List<T>> chunks = new ArrayList<>();
        List<T> all = new ArrayList<>(values);
        for (int from = 0; from < all.size(); from += IN_LIST_CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + IN_LIST_CHUNK)));
        }
        return chunks;
    }
}
