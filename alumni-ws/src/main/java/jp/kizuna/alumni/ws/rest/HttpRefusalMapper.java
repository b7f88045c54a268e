package jp.kizuna.alumni.ws.rest;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import jp.kizuna.alumni.shared.BusinessException;

/**
 * The HTTP refusals of the JAX-RS runtime with the API's JSON error body instead of an empty or
 * library-worded one: no such address (404), method (405), body type (415) or answer type (406).
 * A query parameter that cannot be converted to its type (first=abc), which JAX-RS answers with
 * an empty 404, is the sender's error: 400 naming the parameter. An answer that already has a body
 * (a resource's own refusal) goes out unchanged.
 */
@Provider
public class HttpRefusalMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    private ResourceInfo resource;

    @Context
    private UriInfo uri;

    @Context
    private Request request;

    @Override
    public Response toResponse(WebApplicationException refused) {
        Response response = refused.getResponse();
        if (response.hasEntity()) {
            return response;
        }
        if (refused instanceof NotFoundException && refused.getCause() != null) {
            BusinessException parameter = invalidQueryParameter();
            if (parameter != null) {
                return RefusalMapper.error(
                        400,
                        parameter.getKey(),
                        parameter.getMessage(Locale.ENGLISH),
                        parameter.getMessage(Locale.JAPANESE));
            }
        }
        int status = response.getStatus();
        if (status == 403) {
            return new AccessRefusalMapper().toResponse(null);
        }
        BusinessException refusal = switch (status) {
            case 404 -> new BusinessException("integration.http.notFound");
            case 405 -> new BusinessException("integration.http.methodNotAllowed", request.getMethod());
            case 406 -> new BusinessException("integration.http.notAcceptable");
            case 415 -> new BusinessException("integration.http.mediaType");
            default -> new BusinessException("integration.http.badRequest");
        };
        Response.ResponseBuilder answer = Response.fromResponse(RefusalMapper.error(
                status, refusal.getKey(), refusal.getMessage(Locale.ENGLISH), refusal.getMessage(Locale.JAPANESE)));
        Object allow = response.getHeaders().getFirst(HttpHeaders.ALLOW);
        return (allow == null ? answer : answer.header(HttpHeaders.ALLOW, allow)).build();
    }

    /** The first query parameter of the matched method whose value does not convert to its type, as a refusal. */
    private BusinessException invalidQueryParameter() {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        Class<?>[] types = method.getParameterTypes();
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < types.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof QueryParam query) {
                    String value = uri.getQueryParameters().getFirst(query.value());
                    BusinessException refusal = value == null ? null : conversion(query.value(), value, types[i]);
                    if (refusal != null) {
                        return refusal;
                    }
                }
            }
        }
        return new BusinessException("integration.http.badRequest");
    }

    private static BusinessException conversion(String name, String value, Class<?> type) {
        try {
            if (type == int.class || type == Integer.class) {
                Integer.parseInt(value);
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(value);
            } else if (type == LocalDate.class) {
                LocalDate.parse(value);
            }
            return null;
        } catch (NumberFormatException notANumber) {
            return new BusinessException("integration.query.number", name, value);
        } catch (DateTimeParseException notADate) {
            return new BusinessException("integration.query.date", name, value);
        }
    }
}
