package jp.kizuna.alumni.integration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Properties;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditTrail;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;

/**
 * HR files in and out, for HR administrators (the screen /admin/imports). An import runs in the
 * background as a Jakarta Batch job in chunks, each chunk its own transaction with its checkpoint in
 * the database (JBeret's job repository), so a file of tens of thousands of rows neither holds one
 * huge transaction nor blocks the screen, and goes on on another node when its node dies
 * ({@link HrImportRecoverySchedule}). The screen keeps only the import's id and polls {@link HrImports#progress}.
 */
@Stateless
@RolesAllowed(Roles.HR_ADMIN)
public class HrFileTransfer {

    @Inject
    private HrImports imports;

    @Inject
    private AuditTrail audit;

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    /**
     * Starts importing the file ({@code charset} null: detect UTF-8 or Shift_JIS) as the batch job
     * {@value HrImportSteps#JOB} and returns the import's id, whose progress {@link HrImports#progress}
     * reads from any node. The file arrives as an {@link HrUpload}, which cannot exist unless its
     * size, type and bytes passed the checks; its encoding and header are checked here, before the
     * job: a file refused as a whole is recorded as REFUSED, with the reason in both languages, and
     * nothing of it is read.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed(Roles.HR_ADMIN)
    public long importEmployees(HrUpload file, Charset charset) {
        if (file == null) {
            throw new BusinessException("integration.csv.empty");
        }
        Charset effective;
        try {
            byte[] content = file.content();
            effective = charset == null ? HrFile.detectCharset(content) : charset;
            HrFile.read(content, effective);
        } catch (BusinessException refused) {
            return imports.recordRefused(file, refused);
        }
        long importId = imports.record(file, effective);
        Properties parameters = new Properties();
        parameters.setProperty(HrImportSteps.IMPORT_ID, String.valueOf(importId));
        long execution = BatchRuntime.getJobOperator().start(HrImportSteps.JOB, parameters);
        imports.started(importId, execution);
        return importId;
    }

    /** Every employee as an HR file, in employee number order; the export itself is audited. */
    @RolesAllowed(Roles.HR_ADMIN)
    public byte[] exportEmployees(Charset charset) {
        List<Employee> employees = em.createQuery("""
                select e from Employee e left join fetch e.department left join fetch e.manager
                order by e.employeeNumber""", Employee.class).getResultList();
        List<EmployeeRecord> records =
                employees.stream().map(HrFileTransfer::asRecord).toList();
        audit.record(
                AuditEntry.Action.EXPORT,
                "Employee",
                "*",
                records.size() + " employees as CSV (" + charset.name() + ")");
        return HrFile.write(records, charset);
    }

    static EmployeeRecord asRecord(Employee employee) {
        return new EmployeeRecord(
                employee.getEmployeeNumber(),
                employee.getFamilyName(),
                employee.getGivenName(),
                employee.getFamilyNameKana(),
                employee.getGivenNameKana(),
                employee.getWorkEmail(),
                employee.getJobTitle(),
                employee.getDepartment() == null
                        ? null
                        : employee.getDepartment().getCode(),
                employee.getDepartment() == null
                        ? null
                        : employee.getDepartment().getNameJa(),
                employee.getDepartment() == null
                        ? null
                        : employee.getDepartment().getNameEn(),
                employee.getManager() == null ? null : employee.getManager().getEmployeeNumber(),
                employee.getHireDate(),
                employee.getJobGrade());
    }
}
