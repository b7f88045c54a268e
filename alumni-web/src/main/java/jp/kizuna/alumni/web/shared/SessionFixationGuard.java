package jp.kizuna.alumni.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Gives every session a new id at the moment its user is first seen signed in. The OIDC client of
 * WildFly 39 keeps a session that existed before the sign-in under the same id (seen in
 * SessionSecurityIT), which would let a planted session id ride along into the signed-in session.
 */
@WebFilter("/*")
public class SessionFixationGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String SIGNED_IN_AS = SessionFixationGuard.class.getName() + ".user";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null) {
            String user = request.getUserPrincipal().getName();
            if (!user.equals(session.getAttribute(SIGNED_IN_AS))) {
                request.changeSessionId();
                request.getSession().setAttribute(SIGNED_IN_AS, user);
            }
        }
        chain.doFilter(request, response);
    }
}
