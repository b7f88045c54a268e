package jp.kizuna.alumni.ws.rest;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kizuna.alumni.shared.BusinessException;

/**
 * A body that is not the documented JSON: 400 with code integration.json.invalid and a text in the
 * contract's words (where the syntax breaks, which field is unknown or has the wrong type), never
 * the JSON binding's own message, which names Java classes and the library.
 */
@Provider
public class UnreadableRequestMapper implements ExceptionMapper<ProcessingException> {

    /**
     * The field a JSON-B (Yasson) failure is about; its messages carry no field of their own.
     * "Unable to deserialize property 'hireDate' because of: ..." and "Json property foo can not be mapped ...".
     */
    private static final Pattern WRONG_VALUE = Pattern.compile("deserialize property '([A-Za-z0-9_]{1,64})'");

    private static final Pattern UNKNOWN_FIELD = Pattern.compile("property ([A-Za-z0-9_$-]{1,64}) can not be mapped");

    @Override
    public Response toResponse(ProcessingException unreadable) {
        BusinessException refusal = refusal(unreadable);
        return RefusalMapper.error(
                400,
                "integration.json.invalid",
                refusal.getMessage(Locale.ENGLISH),
                refusal.getMessage(Locale.JAPANESE));
    }

    static BusinessException refusal(Throwable unreadable) {
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JsonParsingException syntax) {
                JsonLocation at = syntax.getLocation();
                return new BusinessException(
                        "integration.json.syntax",
                        at == null ? "?" : at.getLineNumber(),
                        at == null ? "?" : at.getColumnNumber());
            }
        }
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String why = cause instanceof JsonbException && cause.getMessage() != null ? cause.getMessage() : "";
            Matcher unknown = UNKNOWN_FIELD.matcher(why);
            if (unknown.find()) {
                return new BusinessException("integration.json.unknownField", unknown.group(1));
            }
            Matcher wrong = WRONG_VALUE.matcher(why);
            if (wrong.find()) {
                return new BusinessException("integration.json.fieldInvalid", wrong.group(1));
            }
        }
        return new BusinessException("integration.json.shape");
    }
}
