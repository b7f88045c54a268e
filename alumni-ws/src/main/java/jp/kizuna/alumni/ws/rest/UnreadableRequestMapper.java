package jp.kizuna.alumni.ws.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not the documented JSON (a malformed date, a number as text): 400 with a reason. */
@Provider
public class UnreadableRequestMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException unreadable) {
        String why = unreadable.getMessage() == null ? "" : unreadable.getMessage();
        return RefusalMapper.error(400, "integration.json.invalid", "The JSON body cannot be read: " + why,
                "JSON の本文を読み取れません: " + why);
    }
}
