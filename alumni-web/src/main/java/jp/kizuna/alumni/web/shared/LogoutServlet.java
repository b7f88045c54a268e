package jp.kizuna.alumni.web.shared;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.wildfly.security.http.oidc.OidcSecurityContext;

/**
 * Signs the person out of the application and of Keycloak. WildFly 39's OIDC client has no
 * logout of its own (it arrives in WildFly 41), so this ends the local session and then sends the
 * browser to the provider's end-session endpoint with the ID token as hint; Keycloak returns it to
 * the public signed-out page.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        OidcSecurityContext oidc = (OidcSecurityContext) request.getAttribute(OidcSecurityContext.class.getName());
        String idToken = oidc == null ? null : oidc.getIDTokenString();
        String issuer =
                oidc == null || oidc.getToken() == null ? null : oidc.getToken().getIssuer();

        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.logout();

        String signedOut = request.getRequestURL().toString().replaceFirst("/logout$", "/signed-out.xhtml");
        if (issuer == null) {
            response.sendRedirect(signedOut);
            return;
        }
        StringBuilder endSession = new StringBuilder(issuer)
                .append("/protocol/openid-connect/logout")
                .append("?post_logout_redirect_uri=")
                .append(URLEncoder.encode(signedOut, StandardCharsets.UTF_8));
        if (idToken != null) {
            endSession.append("&id_token_hint=").append(URLEncoder.encode(idToken, StandardCharsets.UTF_8));
        } else {
            endSession.append("&client_id=alumni-web");
        }
        response.sendRedirect(endSession.toString());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        doGet(request, response);
    }
}
