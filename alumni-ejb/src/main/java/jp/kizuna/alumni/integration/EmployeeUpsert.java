package jp.kizuna.alumni.integration;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.identity.EmployeeTableStatistics;
import jp.kizuna.alumni.identity.NewEmployeeRows;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditTrail;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;
import jp.kizuna.alumni.shared.SequenceBlocks;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * Takes a batch of employee master records over from the HR system. Every record is checked on its
 * own and against the database; valid records are created or updated, invalid ones reported, all in
 * the caller's transaction. The existing employees and departments of a batch are found with one
 * query each (not one per row); new employees and the audit lines are written with one statement each.
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
    private EmployeeTableStatistics statistics;

    @Resource
    private ManagedExecutorService executor;

    @RolesAllowed({Roles.HR_SYSTEM, Roles.HR_ADMIN})
    public UpsertResult upsert(List<EmployeeRecord> batch) {
        if (batch == null || batch.isEmpty() || batch.size() > MAX_BATCH) {
            throw new BusinessException("integration.batch.size", MAX_BATCH, batch == null ? 0 : batch.size());
        }
        LocalDate today = LocalDate.now(clock);
        int size = batch.size();
        List<EmployeeRecord> records = new ArrayList<>(size);
        RecordProblem[] problems = new RecordProblem[size];
        Set<String> numbersSeen = new HashSet<>();
        for (int i = 0; i < size; i++) {
            EmployeeRecord record = batch.get(i) == null ? null : batch.get(i).normalized();
            records.add(record);
            if (record == null) {
                problems[i] = new RecordProblem("integration.record.required", "employee");
                continue;
            }
            List<RecordProblem> own = record.problems(today);
            if (!own.isEmpty()) {
                problems[i] = own.get(0);
            } else if (!numbersSeen.add(record.employeeNumber())) {
                problems[i] = new RecordProblem("integration.record.duplicate", record.employeeNumber());
            }
        }

        Set<String> referenced = new LinkedHashSet<>();
        Set<String> departmentCodes = new LinkedHashSet<>();
        for (int i = 0; i < size; i++) {
            if (problems[i] == null) {
                EmployeeRecord record = records.get(i);
                referenced.add(record.employeeNumber());
                if (record.managerNumber() != null) {
                    referenced.add(record.managerNumber());
                }
                if (record.departmentCode() != null) {
                    departmentCodes.add(record.departmentCode());
                }
            }
        }
        Map<String, Employee> employees = loadEmployees(referenced);
        Map<String, Department> departments = loadDepartments(departmentCodes);
        boolean departmentsCreated = false;

        for (int i = 0; i < size; i++) {
            EmployeeRecord record = records.get(i);
            if (problems[i] == null && record.departmentCode() != null
                    && !departments.containsKey(record.departmentCode())) {
                if (record.departmentNameJa() == null || record.departmentNameEn() == null) {
                    problems[i] = new RecordProblem("integration.department.unknown", record.departmentCode());
                } else {
                    Department created = new Department(record.departmentCode(), record.departmentNameJa(),
                            record.departmentNameEn());
                    em.persist(created);
                    departments.put(created.getCode(), created);
                    departmentsCreated = true;
                }
            }
        }
        rejectUnresolvableManagers(records, problems, employees);

        List<RecordResult> results = new ArrayList<>(size);
        List<Integer> applied = new ArrayList<>();
        List<Employee> newcomers = new ArrayList<>();
        RecordOutcome[] outcomes = new RecordOutcome[size];
        for (int i = 0; i < size; i++) {
            if (problems[i] != null) {
                continue;
            }
            EmployeeRecord record = records.get(i);
            Employee employee = employees.get(record.employeeNumber());
            boolean created = employee == null;
            if (created) {
                employee = new Employee(record.employeeNumber(), record.familyName(), record.givenName());
                employees.put(record.employeeNumber(), employee);
                newcomers.add(employee);
            }
            boolean changed = takeOver(employee, record, departments);
            outcomes[i] = created ? RecordOutcome.CREATED : changed ? RecordOutcome.UPDATED : RecordOutcome.UNCHANGED;
            applied.add(i);
        }
        // Managers only after every record exists, so a batch may name a manager it creates itself.
        // New employees first: they are stored before an existing one may be put under one of them.
        for (int i : applied) {
            if (outcomes[i] == RecordOutcome.CREATED) {
                EmployeeRecord record = records.get(i);
                employees.get(record.employeeNumber()).setManager(
                        record.managerNumber() == null ? null : employees.get(record.managerNumber()));
            }
        }
        storeNewcomers(newcomers, departmentsCreated);
        for (int i : applied) {
            EmployeeRecord record = records.get(i);
            Employee employee = employees.get(record.employeeNumber());
            if (outcomes[i] == RecordOutcome.CREATED) {
                continue;
            }
            Employee manager = record.managerNumber() == null ? null : employees.get(record.managerNumber());
            if (manager != null && !em.contains(manager)) {
                // A new employee: a stored row now, but not an entity of this persistence context.
                manager = em.getReference(Employee.class, manager.getId());
                employees.put(record.managerNumber(), manager);
            }
            if (employee.getManager() != manager) {
                employee.setManager(manager);
                if (outcomes[i] == RecordOutcome.UNCHANGED) {
                    outcomes[i] = RecordOutcome.UPDATED;
                }
            }
        }
        List<String> createdNumbers = new ArrayList<>();
        List<String> updatedNumbers = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            EmployeeRecord record = records.get(i);
            String number = record == null ? null : record.employeeNumber();
            if (problems[i] != null) {
                results.add(RecordResult.rejected(i + 1, number, problems[i]));
            } else {
                results.add(RecordResult.applied(i + 1, number, outcomes[i]));
                if (outcomes[i] == RecordOutcome.CREATED) {
                    createdNumbers.add(number);
                } else if (outcomes[i] == RecordOutcome.UPDATED) {
                    updatedNumbers.add(number);
                }
            }
        }
        audit.recordEach(AuditEntry.Action.CREATE, "Employee", createdNumbers, "HR master data synchronisation");
        audit.recordEach(AuditEntry.Action.UPDATE, "Employee", updatedNumbers, "HR master data synchronisation");
        return UpsertResult.of(results);
    }

    /**
     * New employees go to the database as one statement in this transaction (see
     * {@link NewEmployeeRows}); as entities, building and tracking a thousand of them cost more than
     * the database's work. Existing employees stay entities and are updated by the persistence context.
     * Then, on PostgreSQL, the table's statistics are renewed beside the next batches when the load
     * has outgrown them ({@link EmployeeTableStatistics}).
     */
    private void storeNewcomers(List<Employee> newcomers, boolean departmentsCreated) {
        if (newcomers.isEmpty()) {
            return;
        }
        if (departmentsCreated) {
            em.flush(); // the new departments' rows, which the new employees refer to
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

    /**
     * A manager must exist already or be a valid record of this batch, and no line may loop back to
     * the employee. Rejecting one record can orphan another, so this repeats until nothing changes.
     */
    private static void rejectUnresolvableManagers(List<EmployeeRecord> records, RecordProblem[] problems,
                                                   Map<String, Employee> employees) {
        boolean changed = true;
        while (changed) {
            changed = false;
            Map<String, String> intendedManager = new HashMap<>();
            for (int i = 0; i < records.size(); i++) {
                if (problems[i] == null) {
                    intendedManager.put(records.get(i).employeeNumber(), records.get(i).managerNumber());
                }
            }
            for (int i = 0; i < records.size(); i++) {
                EmployeeRecord record = records.get(i);
                if (problems[i] != null || record.managerNumber() == null) {
                    continue;
                }
                String manager = record.managerNumber();
                if (!employees.containsKey(manager) && !intendedManager.containsKey(manager)) {
                    problems[i] = new RecordProblem("integration.manager.unknown", manager, record.employeeNumber());
                    changed = true;
                } else if (leadsBackTo(record.employeeNumber(), manager, intendedManager, employees)) {
                    problems[i] = new RecordProblem("integration.manager.cycle", record.employeeNumber(), manager);
                    changed = true;
                }
            }
        }
    }

    private static boolean leadsBackTo(String employee, String firstManager, Map<String, String> intendedManager,
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
        Department department = record.departmentCode() == null ? null : departments.get(record.departmentCode());
        if (department != null && record.departmentNameJa() != null && record.departmentNameEn() != null
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
        for (List<Long> chunk : chunks(storedIds(numbers))) {
            // Managers by a second IN query on their ids (batch fetch), not by joining the employee
            // table to itself: PostgreSQL answers that join with a hash of the whole table, which
            // grows with the company (and, with the statistics of a table still being loaded, chose a
            // nested loop that took seconds per batch).
            em.createQuery("select e from Employee e left join fetch e.department where e.id in :ids", Employee.class)
                    .setParameter("ids", chunk)
                    .setHint(QueryHints.BATCH, "e.manager")
                    .setHint(QueryHints.BATCH_TYPE, "IN")
                    .setHint(QueryHints.BATCH_SIZE, IN_LIST_CHUNK)
                    // The ids as literals: 1,000 bound parameters make a prepared statement whose
                    // cached generic plan, made while the table was small, scanned the whole table
                    // comparing every row with every parameter (2 s per batch during an initial load).
                    .setHint(QueryHints.BIND_PARAMETERS, HintValues.FALSE)
                    .getResultList()
                    .forEach(employee -> found.put(employee.getEmployeeNumber(), employee));
        }
        return found;
    }

    /**
     * The ids of the stored employees among these numbers, by one statement with the numbers as one
     * array; only those are then loaded as entities. A bulk load's batches are mostly new employees:
     * finding none by the entity query alone cost 7 to 8 ms per batch (1,000 literals to write and
     * plan, a join), this about 2 ms.
     */
    private List<Long> storedIds(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        Connection connection = em.unwrap(Connection.class);
        List<Long> stored = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select id from employee where employee_number = any(?)")) {
            query.setArray(1, connection.createArrayOf("varchar", numbers.toArray(String[]::new)));
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
