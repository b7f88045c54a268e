package jp.kizuna.alumni.ws.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not the documented JSON (a malformed date, a number as text): 400 with a reason. */
@Provider
public class UnreadableRequestMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException unreadable) {
        Throwable cause = unreadable.getCause() == null ? unreadable : unreadable.getCause();
        String why = cause.getMessage() == null ? "" : cause.getMessage();
        return RefusalMapper.error(400, "integration.json.invalid", "The JSON body cannot be read: " + why,
                "JSON の本文を読み取れません: " + why);
    }
}
