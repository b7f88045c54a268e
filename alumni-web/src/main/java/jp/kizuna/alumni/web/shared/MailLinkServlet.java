package jp.kizuna.alumni.web.shared;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.kizuna.alumni.shared.MailLinks;

/**
 * /link/…: a link from a mail ({@link MailLinks}), opened after signing in, sent on to the page it
 * stands for with its parameter. Any signed-in person may open it (web.xml's constraint on {@code /*});
 * the page it leads to then checks its own roles.
 */
@WebServlet(MailLinks.PREFIX + "/*")
public class MailLinkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String page = MailLinks.page(request.getPathInfo());
        if (page == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + page);
    }
}
