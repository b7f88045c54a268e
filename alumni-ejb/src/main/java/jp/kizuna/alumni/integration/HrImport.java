package jp.kizuna.alumni.integration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One HR file import as the screen shows it on any node: the file's name, who started it, its
 * state and counts. The bytes of the file are in the same row (column {@code content}, read and
 * written only by {@link HrImports}), so the batch job can read the file again wherever it runs.
 * Not in the shared cache (the persistence unit caches only what is marked): counts change on
 * whichever node runs the job.
 */
@Entity
@Table(name = "hr_import")
public class HrImport {

    public enum Status {
        /** The job runs (or its node died and another node will restart it). */
        RUNNING,
        /** Every row was read and either applied or reported. */
        COMPLETED,
        /** The job stopped on a server error; the chunks before stay applied. */
        FAILED,
        /** The file as a whole was refused (encoding, header): nothing was read. */
        REFUSED;

        public boolean finished() {
            return this != RUNNING;
        }
    }

    @Id
    @SequenceGenerator(name = "hr_import_id", sequenceName = "alumni_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hr_import_id")
    private Long id;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    private String encoding;

    @Column(name = "started_by", nullable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "total_rows", nullable = false)
    private int totalRows;

    @Column(name = "rows_read", nullable = false)
    private int rowsRead;

    private int created;
    private int updated;
    private int unchanged;
    private int refused;

    @Column(nullable = false)
    private String node;

    @Column(nullable = false)
    private LocalDateTime heartbeat;

    @Column(name = "execution_id")
    private Long executionId;

    private int restarts;

    @Column(name = "failure_key")
    private String failureKey;

    @Column(name = "failure_text")
    private String failureText;

    @Column(name = "failure_text_ja")
    private String failureTextJa;

    protected HrImport() {}

    HrImport(String fileName, String encoding, String startedBy, String node, LocalDateTime now) {
        this.fileName = fileName;
        this.encoding = encoding;
        this.startedBy = startedBy;
        this.startedAt = now;
        this.heartbeat = now;
        this.node = node;
        this.status = Status.RUNNING;
    }

    void refuse(String key, String text, String textJa, LocalDateTime now) {
        this.status = Status.REFUSED;
        this.failureKey = key;
        this.failureText = text;
        this.failureTextJa = textJa;
        this.finishedAt = now;
    }

    ImportProgress progress(java.util.List<ImportProgress.RowError> errors) {
        return new ImportProgress(
                id,
                fileName,
                startedBy,
                status,
                totalRows,
                rowsRead,
                created,
                updated,
                unchanged,
                refused,
                node,
                restarts,
                failureText,
                failureTextJa,
                errors);
    }

    public Long getId() {
        return id;
    }

    public Status getStatus() {
        return status;
    }

    public String getNode() {
        return node;
    }

    public LocalDateTime getHeartbeat() {
        return heartbeat;
    }

    public Long getExecutionId() {
        return executionId;
    }

    void setExecutionId(Long executionId) {
        this.executionId = executionId;
    }

    public String getEncoding() {
        return encoding;
    }
}
