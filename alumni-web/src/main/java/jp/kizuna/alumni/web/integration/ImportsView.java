package jp.kizuna.alumni.web.integration;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.kizuna.alumni.integration.HrFile;
import jp.kizuna.alumni.integration.HrFileTransfer;
import jp.kizuna.alumni.integration.HrImports;
import jp.kizuna.alumni.integration.HrUpload;
import jp.kizuna.alumni.integration.ImportProgress;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.LocaleSelection;
import jp.kizuna.alumni.web.shared.UserMessages;
import org.primefaces.model.file.UploadedFile;

/**
 * /admin/imports: HR uploads an employee file (UTF-8 or Shift_JIS), watches the progress bar while
 * it is applied in the background, then reads the per-row report; and downloads the current
 * employee list as a file in either encoding.
 */
@Named
@ViewScoped
public class ImportsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "integration";

    @Inject
    private HrFileTransfer transfer;

    @Inject
    private HrImports imports;

    @Inject
    private UserMessages messages;

    @Inject
    private LocaleSelection localeSelection;

    /** Through Instance: the produced Clock is not serializable, Instance is (the view moves between nodes). */
    @Inject
    private Instance<Clock> clock;

    private transient UploadedFile file;
    private String encoding = "AUTO";
    /** The running or last import of this view; its state is read from the database on each poll. */
    private Long importId;

    private transient ImportProgress progress;
    private boolean reported;

    public void start() {
        if (isRunning()) {
            messages.error(BUNDLE, "imports.running");
            return;
        }
        if (file == null || file.getSize() == 0) {
            messages.error(BUNDLE, "imports.noFile");
            return;
        }
        try {
            // Refused here (size, type, binary content) before anything is read or imported.
            HrUpload upload = new HrUpload(file.getFileName(), file.getContentType(), file.getContent());
            importId = transfer.importEmployees(upload, charset(encoding));
            progress = null;
            reported = false;
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    /** Called by the progress bar when it reaches 100. */
    public void finished() {
        ImportProgress progress = getProgress();
        if (progress == null || reported) {
            return;
        }
        reported = true;
        if (progress.isFailed()) {
            messages.error(BUNDLE, "imports.failed", progress.failure(localeSelection.getLocale()));
        } else {
            messages.info(BUNDLE, "imports.done", progress.getFileName(), progress.getTotal(), progress.getRejected());
        }
    }

    public long getMaxMegabytes() {
        return HrUpload.maxBytes() / (1024 * 1024);
    }

    public int getPercent() {
        // Each poll of the progress bar reads the import afresh (the job may run on another node).
        progress = null;
        ImportProgress current = getProgress();
        return current == null ? 0 : current.getPercent();
    }

    public boolean isRunning() {
        ImportProgress current = getProgress();
        return current != null && !current.isFinished();
    }

    public String reason(ImportProgress.RowError error) {
        return error.text(localeSelection.getLocale());
    }

    public List<ImportProgress.RowError> getErrors() {
        ImportProgress current = getProgress();
        return current == null ? List.of() : current.getErrors();
    }

    /** The reason a file was refused as a whole, for the panel that replaces the row report. */
    public String getRefusal() {
        ImportProgress current = getProgress();
        return current == null ? null : current.failure(localeSelection.getLocale());
    }

    public void downloadUtf8() throws IOException {
        download(StandardCharsets.UTF_8, "utf-8");
    }

    public void downloadShiftJis() throws IOException {
        download(HrFile.SHIFT_JIS, "shift_jis");
    }

    /**
     * Sends the file as the answer, or, when the export is refused (names Shift_JIS cannot hold),
     * this page again with the reason: a download component could only answer with an error page.
     */
    private void download(Charset charset, String label) throws IOException {
        byte[] content;
        try {
            content = transfer.exportEmployees(charset);
        } catch (BusinessException refused) {
            messages.refused(refused);
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=" + (charset == HrFile.SHIFT_JIS ? "Shift_JIS" : "UTF-8"));
        external.setResponseContentLength(content.length);
        external.setResponseHeader(
                "Content-Disposition",
                "attachment; filename=\"employees-" + LocalDate.now(clock.get()) + "-" + label + ".csv\"");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(content);
        }
        faces.responseComplete();
    }

    static Charset charset(String encoding) {
        return switch (encoding == null ? "AUTO" : encoding) {
            case "UTF-8" -> StandardCharsets.UTF_8;
            case "SHIFT_JIS" -> HrFile.SHIFT_JIS;
            default -> null;
        };
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getEncoding() {
        return encoding;
    }

    public void setEncoding(String encoding) {
        this.encoding = encoding;
    }

    /** The import as the database holds it, read once per request. */
    public ImportProgress getProgress() {
        if (importId != null && progress == null) {
            progress = imports.progress(importId);
        }
        return progress;
    }

    public Long getImportId() {
        return importId;
    }

    /**
     * On opening the page with {@code ?import=<id>}: shows that import (HR administrators see every
     * import); anything else in the parameter is ignored. Not on postbacks (a viewAction's default).
     */
    public void show(String requested) {
        if (requested != null && requested.matches("\\d{1,18}")) {
            importId = Long.valueOf(requested);
            progress = null;
            try {
                reported = getProgress().isFinished();
            } catch (BusinessException unknown) {
                importId = null;
                progress = null;
                messages.refused(unknown);
            }
        }
    }
}
