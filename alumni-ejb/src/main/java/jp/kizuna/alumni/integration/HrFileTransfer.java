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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
            byte[] content = file.content();
            Charset effective = charset == null ? HrFile.detectCharset(content) : charset;
            List<HrFile.Row> rows = HrFile.read(content, effective);
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
                apply(readable.subList(from, Math.min(readable.size(), from + CHUNK)),
                        HrFile.SHIFT_JIS.equals(effective), progress);
            }
            // Counted before the screen is told: whoever sees the import finished sees it counted.
            metrics.importRows(progress.getProcessed() - progress.getRejected(), progress.getRejected());
            progress.finished();
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

    private void apply(List<HrFile.Row> chunk, boolean shiftJis, ImportProgress progress) {
        try {
            List<EmployeeRecord> records = chunk.stream().map(HrFile.Row::record).toList();
            UpsertResult result = upsert.upsert(shiftJis ? keepingStoredTwins(records) : records);
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

    /**
     * A Shift_JIS file cannot tell the wave dash 〜 from the fullwidth tilde ～ (and the other
     * pairs of {@link ShiftJisText#FOLDS}): the export wrote the stored 〜 as ～. Where a text of the
     * file differs from the stored one only in that way, the stored text is kept, so exporting to
     * Shift_JIS and importing the file again changes nothing.
     */
    private List<EmployeeRecord> keepingStoredTwins(List<EmployeeRecord> records) {
        List<String> numbers = records.stream().map(EmployeeRecord::employeeNumber).filter(n -> n != null).toList();
        if (numbers.isEmpty()) {
            return records;
        }
        Map<String, EmployeeRecord> stored = new HashMap<>();
        em.createQuery("select e from Employee e left join fetch e.department left join fetch e.manager"
                        + " where e.employeeNumber in :numbers", Employee.class)
                .setParameter("numbers", numbers)
                .getResultList()
                .forEach(employee -> stored.put(employee.getEmployeeNumber(), asRecord(employee)));
        List<EmployeeRecord> kept = new ArrayList<>(records.size());
        for (EmployeeRecord record : records) {
            EmployeeRecord known = record.employeeNumber() == null ? null : stored.get(record.employeeNumber());
            boolean sameDepartment = known != null && Objects.equals(known.departmentCode(), record.departmentCode());
            kept.add(known == null ? record : new EmployeeRecord(record.employeeNumber(),
                    twin(known.familyName(), record.familyName()), twin(known.givenName(), record.givenName()),
                    twin(known.familyNameKana(), record.familyNameKana()),
                    twin(known.givenNameKana(), record.givenNameKana()),
                    twin(known.workEmail(), record.workEmail()), twin(known.jobTitle(), record.jobTitle()),
                    record.departmentCode(), sameDepartment ? twin(known.departmentNameJa(), record.departmentNameJa())
                            : record.departmentNameJa(),
                    sameDepartment ? twin(known.departmentNameEn(), record.departmentNameEn()) : record.departmentNameEn(),
                    record.managerNumber(),
                    record.hireDate()));
        }
        return kept;
    }

    private static String twin(String stored, String read) {
        return stored != null && read != null && !stored.equals(read) && ShiftJisText.fold(stored).equals(read)
                ? stored : read;
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
