package jp.kizuna.alumni.ws.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's JSON binding: a field the contract does not define is refused (400, code
 * integration.json.invalid) instead of being dropped, so a sender who misspells "hireDate" or
 * sends a field of a newer contract version learns it at once rather than losing that data.
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

    private final Jsonb jsonb =
            JsonbBuilder.create(new JsonbConfig().setProperty("jsonb.fail-on-unknown-properties", true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
