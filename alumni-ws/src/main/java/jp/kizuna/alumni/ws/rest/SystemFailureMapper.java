package jp.kizuna.alumni.ws.rest;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.kizuna.alumni.shared.DatabaseUnavailable;

/**
 * A failure that is not the caller's fault. A database outage is 503 with Retry-After, so an HR
 * system re-sends later (with the same message id, which makes the re-delivery safe); anything else is
 * a 500 that names no internals. The transaction was rolled back either way: nothing half-written.
 */
@Provider
public class SystemFailureMapper implements ExceptionMapper<EJBException> {

    private static final Logger LOG = Logger.getLogger(SystemFailureMapper.class.getName());

    @Override
    public Response toResponse(EJBException failure) {
        if (DatabaseUnavailable.causedBy(failure)) {
            LOG.warning(() -> "Database unavailable: " + failure.getMessage());
            return Response.fromResponse(RefusalMapper.error(
                            503,
                            "service.unavailable",
                            "The database cannot be reached right now. Nothing was changed; please retry later.",
                            "現在データベースに接続できません。何も変更されていません。後で再送してください。"))
                    .header("Retry-After", "30")
                    .build();
        }
        LOG.log(Level.SEVERE, "Unexpected failure in the REST API", failure);
        return RefusalMapper.error(
                500,
                "internal.error",
                "The request could not be completed; nothing was changed.",
                "処理を完了できなかったため、何も変更されていません。");
    }
}
