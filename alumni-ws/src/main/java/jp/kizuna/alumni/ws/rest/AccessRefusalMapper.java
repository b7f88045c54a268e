package jp.kizuna.alumni.ws.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A service refused the caller's role: 403, never a 500 or a login redirect. */
@Provider
public class AccessRefusalMapper implements ExceptionMapper<EJBAccessException> {

    @Override
    public Response toResponse(EJBAccessException refused) {
        return RefusalMapper.error(
                403, "access.denied", "Your role may not call this operation.", "このロールではこの操作を呼び出せません。");
    }
}
