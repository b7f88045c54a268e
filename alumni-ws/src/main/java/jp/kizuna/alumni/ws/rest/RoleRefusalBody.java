package jp.kizuna.alumni.ws.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import jp.kizuna.alumni.shared.BusinessException;

/**
 * The 403 of @RolesAllowed (resteasy.role.based.security in web.xml) with the API's JSON error
 * body: the runtime answers it itself, in plain English text, without an exception a mapper sees.
 */
@Provider
public class RoleRefusalBody implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 403
                && response.hasEntity()
                && !MediaType.APPLICATION_JSON_TYPE.isCompatible(response.getMediaType())) {
            BusinessException refusal = new BusinessException("integration.http.roleRefused");
            response.getHeaders().putSingle("Content-Type", MediaType.APPLICATION_JSON);
            response.setEntity(
                    RefusalMapper.body(
                            "access.denied", refusal.getMessage(Locale.ENGLISH), refusal.getMessage(Locale.JAPANESE)),
                    null,
                    MediaType.APPLICATION_JSON_TYPE);
        }
    }
}
