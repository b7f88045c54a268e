package jp.kizuna.alumni.integration;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import jp.kizuna.alumni.shared.LocalizedText;

/**
 * How far an HR file import has got, as read from the database ({@link HrImports#progress}): the
 * import screen's progress bar while the batch job runs, on whichever node, and the per-row report
 * once it is done. A snapshot: the screen keeps only the import's id and reads a new one per poll.
 */
public record ImportProgress(
        long id,
        String fileName,
        String startedBy,
        HrImport.Status status,
        int total,
        int processed,
        int created,
        int updated,
        int unchanged,
        int rejected,
        String node,
        int restarts,
        String failureText,
        String failureTextJa,
        List<RowError> errors)
        implements Serializable {

    /** A row that was not applied, with its line in the file so HR can correct it there. */
    public record RowError(int line, String employeeNumber, String code, String text, String textJa)
            implements Serializable {

        public String text(Locale locale) {
            return LocalizedText.in(locale, textJa, text);
        }
    }

    public ImportProgress {
        errors = List.copyOf(errors);
    }

    public String getFileName() {
        return fileName;
    }

    /** 0 to 100; 100 only once the import is over. */
    public int getPercent() {
        if (isFinished()) {
            return 100;
        }
        return total <= 0 ? 0 : Math.min(99, processed * 100 / total);
    }

    public int getTotal() {
        return total;
    }

    public int getProcessed() {
        return processed;
    }

    public int getCreated() {
        return created;
    }

    public int getUpdated() {
        return updated;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public int getRejected() {
        return rejected;
    }

    /** The report, in line order. */
    public List<RowError> getErrors() {
        return errors;
    }

    public boolean isFinished() {
        return status.finished();
    }

    public boolean isFailed() {
        return status == HrImport.Status.FAILED || status == HrImport.Status.REFUSED;
    }

    public String failure(Locale locale) {
        return LocalizedText.in(locale, failureTextJa, failureText);
    }
}
