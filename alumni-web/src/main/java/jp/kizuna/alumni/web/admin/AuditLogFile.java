package jp.kizuna.alumni.web.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.kizuna.alumni.identity.EmployeeDirectory;
import jp.kizuna.alumni.integration.HrFile;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditQuery;
import jp.kizuna.alumni.shared.AuditTrail;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.ActorNames;
import jp.kizuna.alumni.web.shared.DisplayFormats;
import jp.kizuna.alumni.web.shared.LocaleSelection;

/**
 * GET /admin/audit.csv?from=&to=&actor=&action=&type= (HR, by the area's constraint and the service's role):
 * the audit lines the audit page selects, oldest first, as the reader reads them, plus each actor's sign-in
 * name. Like the other exports: UTF-8 with a byte order mark so Excel shows names outside MS932 (𠮷, 髙)
 * instead of "?", CRLF lines, cells neutralised against formula injection ({@link HrFile#exportCell}).
 * The export itself is written to the audit log by {@link AuditTrail#export}.
 */
@WebServlet("/admin/audit.csv")
public class AuditLogFile extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private EmployeeDirectory directory;

    @Inject
    private LocaleSelection localeSelection;

    @Inject
    private DisplayFormats display;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditQuery query;
        try {
            query = new AuditQuery(
                    date(request, "from"),
                    date(request, "to"),
                    request.getParameter("actor"),
                    action(request.getParameter("action")),
                    request.getParameter("type"));
        } catch (DateTimeParseException | IllegalArgumentException | BusinessException unreadable) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Locale locale = localeSelection.localeFor(request.getLocale());
        List<AuditEntry> entries;
        try {
            entries = auditTrail.export(query);
        } catch (BusinessException refused) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, refused.getMessage(locale));
            return;
        }
        ResourceBundle texts = ResourceBundle.getBundle("jp.kizuna.alumni.web.messages", locale);
        ActorNames actors = new ActorNames(
                directory.namesOf(entries.stream().map(AuditEntry::getActor).toList()));
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(
                csv,
                texts.getString("audit.when"),
                texts.getString("audit.actor"),
                texts.getString("audit.login"),
                texts.getString("audit.action"),
                texts.getString("audit.subject"),
                texts.getString("audit.detail"));
        for (AuditEntry entry : entries) {
            row(
                    csv,
                    display.time(entry.getOccurredAt()),
                    actors.of(entry.getActor(), locale, texts),
                    entry.getActor(),
                    texts.getString("audit.action." + entry.getAction()),
                    AuditLogView.subject(texts, entry),
                    entry.getDetail());
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"audit-log" + (query.from() == null ? "" : "-" + query.from())
                        + (query.to() == null ? "" : "-" + query.to()) + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(file.length);
        response.getOutputStream().write(file);
    }

    private static void row(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            csv.append(i == 0 ? "" : ",").append(HrFile.exportCell(cells[i]));
        }
        csv.append("\r\n");
    }

    private static LocalDate date(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : LocalDate.parse(value);
    }

    private static AuditEntry.Action action(String value) {
        return value == null || value.isBlank() ? null : AuditEntry.Action.valueOf(value);
    }
}
