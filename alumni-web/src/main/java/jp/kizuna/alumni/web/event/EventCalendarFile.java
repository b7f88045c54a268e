package jp.kizuna.alumni.web.event;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import jp.kizuna.alumni.event.EventCalendar;
import jp.kizuna.alumni.shared.BusinessException;

/** GET /portal/event.ics?id=: the caller's calendar entry for an event they have a seat at, as mailed. */
@WebServlet("/portal/event.ics")
public class EventCalendarFile extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private EventCalendar calendar;

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
            Locale language = request.getLocale() != null
                            && "en".equals(request.getLocale().getLanguage())
                    ? Locale.ENGLISH
                    : Locale.JAPANESE;
            ics = calendar.calendarFile(id, language);
        } catch (BusinessException refused) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, refused.getMessage());
            return;
        }
        byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"event-" + id + ".ics\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
