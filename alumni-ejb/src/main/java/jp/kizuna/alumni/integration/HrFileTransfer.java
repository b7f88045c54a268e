package jp.kizuna.alumni.integration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditTrail;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Metrics;
import jp.kizuna.alumni.shared.Roles;

/**
 * HR files in and out, for HR administrators (the screen /admin/imports). An import runs in the
 * background in chunks, each chunk its own transaction, so a file of tens of thousands of rows
 * neither holds one huge transaction nor blocks the screen, which polls {@link ImportProgress}.
 */
@Stateless
@RolesAllowed(Roles.HR_ADMIN)
public class HrFileTransfer {

    static final int CHUNK = 500;
    private static final Logger LOG = Logger.getLogger(HrFileTransfer.class.getName());

    @Inject
    private EmployeeUpsert upsert;

    @Inject
    private AuditTrail audit;

    @Inject
    private Metrics metrics;

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    /**
     * Reads the file ({@code charset} null: detect UTF-8 or Shift_JIS) and applies it chunk by chunk.
     * The file arrives as an {@link HrUpload}, which cannot exist unless its size, type and bytes
     * passed the checks; the screen makes it before calling, so a refusal is shown at once.
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed(Roles.HR_ADMIN)
    public Future<ImportProgress> importEmployees(HrUpload file, Charset charset, ImportProgress progress) {
        try {
            if (file == null) {
                throw new BusinessException("integration.csv.empty");
            }
            List<HrFile.Row> rows = HrFile.read(file.content(), charset);
            progress.started(rows.size());
            List<HrFile.Row> readable = new ArrayList<>();
            for (HrFile.Row row : rows) {
                if (row.problem() != null) {
                    progress.rejected(row.line(), null, row.problem().key(), row.problem().text(Locale.ENGLISH),
                            row.problem().text(Locale.JAPANESE));
                } else {
                    readable.add(row);
                }
            }
            for (int from = 0; from < readable.size(); from += CHUNK) {
                apply(readable.subList(from, Math.min(readable.size(), from + CHUNK)), progress);
            }
            progress.finished();
            metrics.importRows(progress.getProcessed() - progress.getRejected(), progress.getRejected());
        } catch (BusinessException refused) {
            progress.failed(refused.getMessage(Locale.ENGLISH), refused.getMessage(Locale.JAPANESE));
        } catch (RuntimeException failure) {
            // Chunks already applied stay applied; the screen must not wait forever for the rest.
            LOG.log(Level.SEVERE, "HR file import failed after " + progress.getProcessed() + " rows", failure);
            BusinessException stopped = new BusinessException("integration.csv.stopped", progress.getProcessed());
            progress.failed(stopped.getMessage(Locale.ENGLISH), stopped.getMessage(Locale.JAPANESE));
        }
        return new AsyncResult<>(progress);
    }

    private void apply(List<HrFile.Row> chunk, ImportProgress progress) {
        try {
            UpsertResult result = upsert.upsert(chunk.stream().map(HrFile.Row::record).toList());
            for (RecordResult record : result.results()) {
                HrFile.Row row = chunk.get(record.position() - 1);
                if (record.isRejected()) {
                    progress.rejected(row.line(), record.employeeNumber(), record.errorCode(), record.errorText(),
                            record.errorTextJa());
                } else {
                    progress.counted(record.outcome());
                }
            }
        } catch (BusinessException refused) {
            for (HrFile.Row row : chunk) {
                progress.rejected(row.line(), row.record().employeeNumber(), refused.getKey(),
                        refused.getMessage(Locale.ENGLISH), refused.getMessage(Locale.JAPANESE));
            }
        }
    }

    /** Every employee as an HR file, in employee number order; the export itself is audited. */
    @RolesAllowed(Roles.HR_ADMIN)
    public byte[] exportEmployees(Charset charset) {
        List<Employee> employees = em.createQuery("""
                select e from Employee e left join fetch e.department left join fetch e.manager
                order by e.employeeNumber""", Employee.class).getResultList();
        List<EmployeeRecord> records = employees.stream().map(HrFileTransfer::asRecord).toList();
        audit.record(AuditEntry.Action.EXPORT, "Employee", "*", records.size() + " employees as CSV (" + charset.name() + ")");
        return HrFile.write(records, charset);
    }

    static EmployeeRecord asRecord(Employee employee) {
        return new EmployeeRecord(employee.getEmployeeNumber(), employee.getFamilyName(), employee.getGivenName(),
                employee.getFamilyNameKana(), employee.getGivenNameKana(), employee.getWorkEmail(),
                employee.getJobTitle(),
                employee.getDepartment() == null ? null : employee.getDepartment().getCode(),
                employee.getDepartment() == null ? null : employee.getDepartment().getNameJa(),
                employee.getDepartment() == null ? null : employee.getDepartment().getNameEn(),
                employee.getManager() == null ? null : employee.getManager().getEmployeeNumber(),
                employee.getHireDate());
    }
}
