package jp.kizuna.alumni.web.privacy;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import jp.kizuna.alumni.privacy.ProvisionRecords;
import jp.kizuna.alumni.shared.BusinessException;

/** GET /network/provisions.csv?from=&to= (HR, by the area's constraint and the service's role): the records as CSV. */
@WebServlet("/network/provisions.csv")
public class ProvisionRecordsFile extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProvisionRecords records;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LocalDate from;
        LocalDate to;
        try {
            from = LocalDate.parse(request.getParameter("from"));
            to = LocalDate.parse(request.getParameter("to"));
        } catch (DateTimeParseException | NullPointerException missing) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        byte[] csv;
        try {
            csv = records.csv(from, to);
        } catch (BusinessException refused) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, refused.getMessage());
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"provision-records-" + from + "-" + to + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(csv.length);
        response.getOutputStream().write(csv);
    }
}
