package jp.kizuna.alumni.integration;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.JobStartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.logging.Logger;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Metrics;
import jp.kizuna.alumni.shared.Roles;
import jp.kizuna.alumni.shared.Setting;

/**
 * What the batch job "hr-import" (META-INF/batch-jobs/hr-import.xml) does in the database: read the
 * stored file, apply a chunk of rows and count it, finish, and restart the imports whose node died.
 *
 * <p>The job's threads carry no caller: WildFly runs a batch job under the batch subsystem's own
 * security domain, not the OIDC one that signed the HR administrator in, and a job restarted by
 * {@link HrImportRecoverySchedule} has no person behind it either. So the steps are open to any caller of
 * this local bean (only the job's artifacts call it, and it only applies a file an HR administrator
 * stored through {@link HrImports}) and call {@link EmployeeUpsert} as HR (@RunAs); who started the
 * import is kept in its row.
 *
 * <p>One execution at a time writes an import: every chunk's update of the counts names the node
 * the import belongs to, and a node that restarts an orphaned import first takes it over with a
 * conditional update. An execution that was thought dead but still runs then finds its chunk
 * refused ({@link TakenOver}), rolls it back and ends; the checkpoint JBeret wrote with the last
 * committed chunk is where the new execution goes on. No lock table: the row itself is the fence.
 */
@Stateless
@RunAs(Roles.HR_ADMIN)
public class HrImportSteps {

    public static final String JOB = "hr-import";
    public static final String IMPORT_ID = "importId";

    /**
     * A running import whose node has not committed a chunk for this long is taken to be orphaned.
     * A chunk of {@link #CHUNK} rows takes well under a second (docs/benchmarks.md: 4,000 to 7,000
     * rows/s), so this is many chunks' time; a slow but live node only loses its current chunk.
     */
    public static final int ORPHANED_AFTER_SECONDS = 30;

    static final int CHUNK = 500;
    private static final Logger LOG = Logger.getLogger(HrImportSteps.class.getName());

    /** The stored file and how to read it. */
    public record StoredFile(byte[] content, Charset charset) {}

    /** Thrown when another node took the import over: the chunk is rolled back, not retried. */
    @ApplicationException(rollback = true)
    public static class TakenOver extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TakenOver(long importId, String node) {
            super("HR import " + importId + " is no longer this node's (" + node + ")");
        }
    }

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private EmployeeUpsert upsert;

    @Inject
    private Metrics metrics;

    @Inject
    private Clock clock;

    /** Through the container, so that the take-over and its record commit on their own. */
    @EJB
    private HrImportSteps self;

    @PermitAll
    public StoredFile file(long importId) {
        Object[] row = (Object[]) em.createNativeQuery("select content, encoding from hr_import where id = ?")
                .setParameter(1, importId)
                .getSingleResult();
        return new StoredFile((byte[]) row[0], Charset.forName((String) row[1]));
    }

    /** The number of data rows, once the job has read the file (the same on every read). */
    @PermitAll
    public void counted(long importId, int rows) {
        em.createNativeQuery(
                        "update hr_import set total_rows = ?, heartbeat = localtimestamp where id = ? and node = ?")
                .setParameter(1, rows)
                .setParameter(2, importId)
                .setParameter(3, node())
                .executeUpdate();
    }

    /**
     * Applies one chunk through the same upsert as SOAP and REST and adds its counts and refused rows
     * to the import, in the chunk's transaction (JBeret's checkpoint is written in the same one).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void apply(long importId, List<HrFile.Row> chunk) {
        boolean shiftJis = HrFile.SHIFT_JIS
                .name()
                .equals(em.createNativeQuery("select encoding from hr_import where id = ?")
                        .setParameter(1, importId)
                        .getSingleResult());
        List<HrImportError> errors = new ArrayList<>();
        List<HrFile.Row> readable = new ArrayList<>();
        for (HrFile.Row row : chunk) {
            if (row.problem() != null) {
                errors.add(new HrImportError(
                        importId,
                        row.line(),
                        null,
                        row.problem().key(),
                        row.problem().text(Locale.ENGLISH),
                        row.problem().text(Locale.JAPANESE)));
            } else {
                readable.add(row);
            }
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        if (!readable.isEmpty()) {
            List<EmployeeRecord> records =
                    readable.stream().map(HrFile.Row::record).toList();
            UpsertResult result = upsert.upsert(shiftJis ? keepingStoredTwins(records) : records);
            for (RecordResult record : result.results()) {
                HrFile.Row row = readable.get(record.position() - 1);
                if (record.isRejected()) {
                    errors.add(new HrImportError(
                            importId,
                            row.line(),
                            record.employeeNumber(),
                            record.errorCode(),
                            record.errorText(),
                            record.errorTextJa()));
                } else {
                    switch (record.outcome()) {
                        case CREATED -> created++;
                        case UPDATED -> updated++;
                        case UNCHANGED -> unchanged++;
                        case REJECTED -> throw new IllegalStateException("a rejected record without an error");
                    }
                }
            }
        }
        int taken = em.createNativeQuery("""
                        update hr_import set rows_read = rows_read + ?, created = created + ?, updated = updated + ?,
                          unchanged = unchanged + ?, refused = refused + ?, heartbeat = localtimestamp
                        where id = ? and node = ? and status = 'RUNNING'""")
                .setParameter(1, chunk.size())
                .setParameter(2, created)
                .setParameter(3, updated)
                .setParameter(4, unchanged)
                .setParameter(5, errors.size())
                .setParameter(6, importId)
                .setParameter(7, node())
                .executeUpdate();
        if (taken == 0) {
            throw new TakenOver(importId, node());
        }
        errors.forEach(em::persist);
    }

    /** Marks the import done (or stopped by a server error), if it is still this node's. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(long importId, boolean completed) {
        HrImport running = em.find(HrImport.class, importId);
        if (running == null || running.getStatus().finished() || !node().equals(running.getNode())) {
            return;
        }
        em.refresh(running);
        String stoppedText = null;
        String stoppedTextJa = null;
        if (!completed) {
            Number read = (Number) em.createNativeQuery("select rows_read from hr_import where id = ?")
                    .setParameter(1, importId)
                    .getSingleResult();
            BusinessException stopped = new BusinessException("integration.csv.stopped", read.intValue());
            stoppedText = stopped.getMessage(Locale.ENGLISH);
            stoppedTextJa = stopped.getMessage(Locale.JAPANESE);
        }
        int done = em.createNativeQuery("""
                        update hr_import set status = ?, finished_at = ?, failure_key = ?, failure_text = ?,
                          failure_text_ja = ?
                        where id = ? and node = ? and status = 'RUNNING'""")
                .setParameter(1, completed ? "COMPLETED" : "FAILED")
                .setParameter(2, LocalDateTime.now(clock))
                .setParameter(3, completed ? null : "integration.csv.stopped")
                .setParameter(4, stoppedText)
                .setParameter(5, stoppedTextJa)
                .setParameter(6, importId)
                .setParameter(7, node())
                .executeUpdate();
        if (done == 1 && completed) {
            Object[] counts = (Object[])
                    em.createNativeQuery("select created + updated + unchanged, refused from hr_import where id = ?")
                            .setParameter(1, importId)
                            .getSingleResult();
            metrics.importRows(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
        }
    }

    /**
     * Restarts, on this node, every running import whose node has not written (by the database's clock) for
     * {@link #ORPHANED_AFTER_SECONDS}: takes each over with a conditional update (one node wins when
     * several look at once), then lets JBeret restart its last execution from the checkpoint. JBeret
     * still sees that execution as STARTED (its node died before it could say otherwise): restart
     * mode "force" marks it FAILED first.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Long> resumeOrphans() {
        // The database's clock, not the nodes': heartbeats written by one node are judged by another.
        Object databaseNow = em.createNativeQuery("select localtimestamp").getSingleResult();
        LocalDateTime now = databaseNow instanceof java.sql.Timestamp timestamp
                ? timestamp.toLocalDateTime()
                : (LocalDateTime) databaseNow;
        @SuppressWarnings("unchecked")
        List<Object[]> orphans = em.createNativeQuery(
                        "select id, node, execution_id from hr_import where status = 'RUNNING' and heartbeat < ?")
                .setParameter(1, now.minusSeconds(ORPHANED_AFTER_SECONDS))
                .getResultList();
        List<Long> resumed = new ArrayList<>();
        for (Object[] orphan : orphans) {
            long importId = ((Number) orphan[0]).longValue();
            if (!self.takeOver(importId, (String) orphan[1], now)) {
                continue;
            }
            Properties restart = new Properties();
            restart.setProperty(IMPORT_ID, String.valueOf(importId));
            JobOperator operator = BatchRuntime.getJobOperator();
            long execution;
            try {
                if (orphan[2] == null) {
                    // The node died between recording the import and starting its job: nothing was applied.
                    execution = operator.start(JOB, restart);
                } else {
                    restart.setProperty("jberet.restart.mode", "force");
                    execution = operator.restart(((Number) orphan[2]).longValue(), restart);
                }
            } catch (JobSecurityException
                    | JobStartException
                    | JobRestartException
                    | NoSuchJobExecutionException
                    | JobExecutionAlreadyCompleteException
                    | JobExecutionNotMostRecentException unrestartable) {
                // E.g. the in-memory job repository of the H2 configuration, which a restarted server
                // has forgotten: the import ends as stopped (its applied chunks stay), HR imports again.
                LOG.warning(() -> "HR import " + importId + " cannot be restarted: " + unrestartable);
                self.finish(importId, false);
                continue;
            }
            self.recordExecution(importId, execution);
            LOG.info(() -> "HR import " + importId + " of node " + orphan[1] + " restarted on " + node()
                    + " as execution " + execution);
            resumed.add(importId);
        }
        return resumed;
    }

    /** Takes an orphaned import over for this node; false when another node was quicker. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean takeOver(long importId, String from, LocalDateTime now) {
        return em.createNativeQuery("""
                        update hr_import set node = ?, heartbeat = ?, restarts = restarts + 1
                        where id = ? and node = ? and status = 'RUNNING' and heartbeat < ?""")
                        .setParameter(1, node())
                        .setParameter(2, now)
                        .setParameter(3, importId)
                        .setParameter(4, from)
                        .setParameter(5, now.minusSeconds(ORPHANED_AFTER_SECONDS))
                        .executeUpdate()
                == 1;
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordExecution(long importId, long execution) {
        em.createNativeQuery("update hr_import set execution_id = ? where id = ?")
                .setParameter(1, execution)
                .setParameter(2, importId)
                .executeUpdate();
    }

    static String node() {
        return Setting.NODE_NAME.value();
    }

    /**
     * A Shift_JIS file cannot tell the wave dash 〜 from the fullwidth tilde ～ (and the other
     * pairs of {@link ShiftJisText#FOLDS}): the export wrote the stored 〜 as ～. Where a text of the
     * file differs from the stored one only in that way, the stored text is kept, so exporting to
     * Shift_JIS and importing the file again changes nothing.
     */
    private List<EmployeeRecord> keepingStoredTwins(List<EmployeeRecord> records) {
        List<String> numbers = records.stream()
                .map(EmployeeRecord::employeeNumber)
                .filter(n -> n != null)
                .toList();
        if (numbers.isEmpty()) {
            return records;
        }
        Map<String, EmployeeRecord> stored = new HashMap<>();
        em.createQuery(
                        "select e from Employee e left join fetch e.department left join fetch e.manager"
                                + " where e.employeeNumber in :numbers",
                        Employee.class)
                .setParameter("numbers", numbers)
                .getResultList()
                .forEach(employee -> stored.put(employee.getEmployeeNumber(), HrFileTransfer.asRecord(employee)));
        List<EmployeeRecord> kept = new ArrayList<>(records.size());
        for (EmployeeRecord record : records) {
            EmployeeRecord known = record.employeeNumber() == null ? null : stored.get(record.employeeNumber());
            boolean sameDepartment = known != null && Objects.equals(known.departmentCode(), record.departmentCode());
            kept.add(
                    known == null
                            ? record
                            : new EmployeeRecord(
                                    record.employeeNumber(),
                                    twin(known.familyName(), record.familyName()),
                                    twin(known.givenName(), record.givenName()),
                                    twin(known.familyNameKana(), record.familyNameKana()),
                                    twin(known.givenNameKana(), record.givenNameKana()),
                                    twin(known.workEmail(), record.workEmail()),
                                    twin(known.jobTitle(), record.jobTitle()),
                                    record.departmentCode(),
                                    sameDepartment
                                            ? twin(known.departmentNameJa(), record.departmentNameJa())
                                            : record.departmentNameJa(),
                                    sameDepartment
                                            ? twin(known.departmentNameEn(), record.departmentNameEn())
                                            : record.departmentNameEn(),
                                    record.managerNumber(),
                                    record.hireDate(),
                                    twin(known.jobGrade(), record.jobGrade())));
        }
        return kept;
    }

    private static String twin(String stored, String read) {
        return stored != null
                        && read != null
                        && !stored.equals(read)
                        && ShiftJisText.fold(stored).equals(read)
                ? stored
                : read;
    }
}
