package jp.kizuna.alumni.ws.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import jp.kizuna.alumni.operations.ReleaseVersion;
import jp.kizuna.alumni.shared.Roles;

/**
 * The release this server runs, for integrators and for checking a rolling upgrade node by node.
 * Any signed-in caller; monitors without a token read the same version from /health/live on the
 * management interface.
 */
@Path("/version")
@RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER, Roles.EMPLOYEE, Roles.ALUMNI, Roles.HR_SYSTEM})
public class VersionResource {

    @Inject
    private ReleaseVersion release;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> version() {
        return Map.of("version", release.version());
    }
}
