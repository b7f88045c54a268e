package jp.kizuna.alumni.ws.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import jp.kizuna.alumni.identity.Caller;
import jp.kizuna.alumni.shared.Roles;

/** Tells an integrator which identity and roles their credentials resolve to. */
@Path("/caller")
public class CallerResource {

    private static final List<String> ROLES =
            List.of(Roles.HR_ADMIN, Roles.MANAGER, Roles.EMPLOYEE, Roles.ALUMNI, Roles.HR_SYSTEM);

    /**
     * What the credentials resolve to (JSON-B writes it). {@code serviceCaller} is the identity the business
     * services see; it differs from {@code name} only if the propagation of the identity is broken.
     */
    public record Identity(String name, List<String> roles, String serviceCaller) {}

    @Inject
    private Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Identity caller(@Context SecurityContext security) {
        return new Identity(
                security.getUserPrincipal().getName(),
                ROLES.stream().filter(security::isUserInRole).toList(),
                caller.login());
    }
}
