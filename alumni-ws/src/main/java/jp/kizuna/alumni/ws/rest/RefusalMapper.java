package jp.kizuna.alumni.ws.rest;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Map;
import jp.kizuna.alumni.shared.BusinessException;

/**
 * A business refusal as an HTTP answer with the stable code and the text in English and Japanese:
 * 404 for unknown employees and cases, 409 for duplicates (a reused message id, an already open
 * case), 422 for anything else the rules refuse.
 */
@Provider
public class RefusalMapper implements ExceptionMapper<BusinessException> {

    // Json.createObjectBuilder() looks the JSON-P provider up through the ServiceLoader on every call;
    // one factory per class does that once (in the directory search that lookup was most of the CPU time).
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    @Override
    public Response toResponse(BusinessException refusal) {
        return error(
                status(refusal.getKey()),
                refusal.getKey(),
                refusal.getMessage(Locale.ENGLISH),
                refusal.getMessage(Locale.JAPANESE));
    }

    static int status(String key) {
        if (key.endsWith(".unknown")
                || key.endsWith("unknownEmployee")
                || key.endsWith(".none")
                || key.endsWith(".notFound")) {
            return 404;
        }
        if (key.endsWith(".reused") || key.endsWith(".duplicate") || key.endsWith(".alreadyOpen")) {
            return 409;
        }
        return 422;
    }

    static Response error(int status, String code, String text, String textJa) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(body(code, text, textJa))
                .build();
    }

    /** The API's error body, also written by the container's 401/403 error page. */
    public static String body(String code, String text, String textJa) {
        return JSON.createObjectBuilder()
                .add("code", code)
                .add("text", text)
                .add("textJa", textJa)
                .build()
                .toString();
    }
}
