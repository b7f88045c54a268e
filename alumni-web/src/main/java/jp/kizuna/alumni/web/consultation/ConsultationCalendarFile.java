package jp.kizuna.alumni.web.consultation;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jp.kizuna.alumni.consultation.Consultations;
import jp.kizuna.alumni.shared.BusinessException;

/**
 * GET /portal/consultation.ics?id= (the alumnus) and /network/consultation.ics?id= (HR): the agreed
 * meeting, or its cancellation, as the same invite the mails carry. The areas' security constraints
 * decide who reaches it; the service decides whose consultation.
 */
@WebServlet({"/portal/consultation.ics", "/network/consultation.ics"})
public class ConsultationCalendarFile extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Consultations consultations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException missing) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String ics;
        try {
            ics = consultations.calendarFile(
                    id,
                    request.getLocale() != null
                                    && "en".equals(request.getLocale().getLanguage())
                            ? java.util.Locale.ENGLISH
                            : java.util.Locale.JAPANESE);
        } catch (BusinessException refused) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, refused.getMessage());
            return;
        }
        byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"consultation-" + id + ".ics\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
