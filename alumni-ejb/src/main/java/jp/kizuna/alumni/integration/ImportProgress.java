package jp.kizuna.alumni.integration;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How far an HR file import has got, read by the import screen's progress bar while the import
 * runs in the background, and the per-row report once it is done. Shared between two threads.
 */
public class ImportProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A row that was not applied, with its line in the file so HR can correct it there. */
    public record RowError(int line, String employeeNumber, String code, String text, String textJa)
            implements Serializable {

        public String text(Locale locale) {
            return "ja".equals(locale.getLanguage()) ? textJa : text;
        }
    }

    private final String fileName;
    private int total = -1;
    private int processed;
    private int created;
    private int updated;
    private int unchanged;
    private final List<RowError> errors = new ArrayList<>();
    private boolean finished;
    private String failureText;
    private String failureTextJa;

    public ImportProgress(String fileName) {
        this.fileName = fileName;
    }

    synchronized void started(int rows) {
        this.total = rows;
    }

    synchronized void counted(RecordOutcome outcome) {
        processed++;
        switch (outcome) {
            case CREATED -> created++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
            case REJECTED -> throw new IllegalArgumentException("rejections are counted by rejected()");
        }
    }

    synchronized void rejected(int line, String employeeNumber, String code, String text, String textJa) {
        processed++;
        errors.add(new RowError(line, employeeNumber, code, text, textJa));
    }

    synchronized void failed(String text, String textJa) {
        this.failureText = text;
        this.failureTextJa = textJa;
        this.finished = true;
    }

    synchronized void finished() {
        this.finished = true;
    }

    public String getFileName() {
        return fileName;
    }

    /** 0 to 100; 100 only once the import is over. */
    public synchronized int getPercent() {
        if (finished) {
            return 100;
        }
        return total <= 0 ? 0 : Math.min(99, processed * 100 / total);
    }

    public synchronized int getTotal() {
        return Math.max(total, 0);
    }

    public synchronized int getProcessed() {
        return processed;
    }

    public synchronized int getCreated() {
        return created;
    }

    public synchronized int getUpdated() {
        return updated;
    }

    public synchronized int getUnchanged() {
        return unchanged;
    }

    public synchronized int getRejected() {
        return errors.size();
    }

    public synchronized List<RowError> getErrors() {
        List<RowError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(RowError::line));
        return sorted;
    }

    public synchronized boolean isFinished() {
        return finished;
    }

    public synchronized boolean isFailed() {
        return failureText != null;
    }

    public synchronized String failure(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? failureTextJa : failureText;
    }
}
