package jp.kizuna.alumni.ws.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import jp.kizuna.alumni.identity.Caller;
import jp.kizuna.alumni.shared.Roles;

/** Tells an integrator which identity and roles their credentials resolve to. */
@Path("/caller")
public class CallerResource {

    // Json.createObjectBuilder() looks the JSON-P provider up through the ServiceLoader on every call;
    // one factory per class does that once (in the directory search that lookup was most of the CPU time).
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private static final List<String> ROLES = List.of(Roles.HR_ADMIN, Roles.MANAGER, Roles.EMPLOYEE, Roles.ALUMNI,
            Roles.HR_SYSTEM);

    @Inject
    private Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject caller(@Context SecurityContext security) {
        JsonArrayBuilder roles = JSON.createArrayBuilder();
        ROLES.stream().filter(security::isUserInRole).forEach(roles::add);
        return JSON.createObjectBuilder()
                .add("name", security.getUserPrincipal().getName())
                .add("roles", roles)
                // The identity the business services see; differs from name only if propagation is broken.
                .add("serviceCaller", caller.login())
                .build();
    }
}
