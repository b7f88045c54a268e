package jp.kizuna.alumni.ws;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jp.kizuna.alumni.shared.Roles;
import jp.kizuna.alumni.ws.rest.RefusalMapper;
import jp.kizuna.alumni.ws.soap.ClientFaultEnvelope;

/**
 * HTTP Basic on alumni-ws (a password, which the OIDC client checks against Keycloak with a direct
 * grant) is for the HR system accounts only (role hr-system): legacy SOAP senders that cannot fetch
 * tokens. Every other account signs in with a Keycloak token; its password is refused here with 401,
 * right or wrong alike, so alumni-ws tells nobody whether a person's password is correct. Keycloak
 * refuses them before checking the password where its direct-grant flow for alumni-ws is restricted
 * (the production realm, docs/hr-text.md); the demo realm leaves it open for the tests' tokens.
 * Under /soap the container answers such a caller 403 before any filter runs; AccessRefusedPage asks
 * {@link #refused} and answers 401 instead.
 */
@WebFilter(filterName = "PasswordSignIn", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class PasswordSignIn extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The challenge of a refused password: sign in with a token. */
    public static final String CHALLENGE = "Bearer realm=\"alumni\"";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (refused(request)) {
            refuse(response, request.getServletPath().startsWith("/soap"));
            return;
        }
        chain.doFilter(request, response);
    }

    /** A signed-in caller who used a password but is not an HR system account. */
    public static boolean refused(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null
                && authorization.regionMatches(true, 0, "Basic ", 0, 6)
                && request.getUserPrincipal() != null
                && !request.isUserInRole(Roles.HR_SYSTEM);
    }

    /** Answers 401 with the refusal in the channel's error shape. */
    public static void refuse(HttpServletResponse response, boolean soap) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", CHALLENGE);
        response.setContentType(soap ? "text/xml;charset=UTF-8" : "application/json");
        response.getOutputStream().write(body(soap).getBytes(StandardCharsets.UTF_8));
    }

    private static String body(boolean soap) {
        String text = "Password sign-in (HTTP Basic) is only for HR system accounts; sign in with a Keycloak token.";
        String textJa = "パスワードによるサインイン（HTTP Basic）は HR システム用アカウントだけが使えます。Keycloak のトークンでサインインしてください。";
        return soap
                ? new ClientFaultEnvelope("AccessRefused", "access.passwordRefused", text, textJa).xml()
                : RefusalMapper.body("access.passwordRefused", text, textJa);
    }
}
