package jp.kizuna.alumni.ws.soap;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jp.kizuna.alumni.ws.PasswordSignIn;
import jp.kizuna.alumni.ws.rest.RefusalMapper;

/**
 * The body of the container's 401 and 403 answers (web.xml error pages): a SOAP fault for the SOAP
 * contract, so a SOAP client reports a readable fault instead of an HTML page, and the API's JSON
 * error for REST. The status and the WWW-Authenticate challenge stay as the container set them.
 */
@WebServlet("/access-refused")
public class AccessRefusedPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (status == null || uri == null) {
            // Only the container's error dispatch comes here.
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean signedIn = !Integer.valueOf(401).equals(status);
        String path = uri.toString().substring(request.getContextPath().length());
        boolean soap = path.startsWith("/soap/");
        if (signedIn && PasswordSignIn.refused(request)) {
            // A password of an account that is not an HR system's: refused as a sign-in, not as a role.
            PasswordSignIn.refuse(response, soap);
            return;
        }
        String code = signedIn ? "access.denied" : "access.unauthenticated";
        String text;
        String textJa;
        if (signedIn) {
            text = soap
                    ? "This account may not use the HR contract (it needs the role hr-system)."
                    : "Your role may not call this operation.";
            textJa = soap ? "このアカウントではHR連携を利用できません（hr-system ロールが必要です）。" : "このロールではこの操作を呼び出せません。";
        } else {
            text = soap
                    ? "Sign-in required: send a Keycloak bearer token, or HTTP Basic credentials of the HR system account."
                    : "Sign-in required: send a valid Keycloak bearer token.";
            textJa = soap
                    ? "認証が必要です。Keycloak のベアラートークン、または HR システム用アカウントの HTTP Basic 認証情報を送ってください。"
                    : "認証が必要です。有効な Keycloak のベアラートークンを送ってください。";
        }
        if (soap) {
            response.setContentType("text/xml;charset=UTF-8");
            response.getOutputStream()
                    .write(new ClientFaultEnvelope("AccessRefused", code, text, textJa)
                            .xml()
                            .getBytes(StandardCharsets.UTF_8));
        } else {
            response.setContentType("application/json");
            response.getOutputStream()
                    .write(RefusalMapper.body(code, text, textJa).getBytes(StandardCharsets.UTF_8));
        }
    }
}
