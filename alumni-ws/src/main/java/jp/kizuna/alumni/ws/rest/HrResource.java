package jp.kizuna.alumni.ws.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.kizuna.alumni.integration.AlumnusRecord;
import jp.kizuna.alumni.integration.CaseReport;
import jp.kizuna.alumni.integration.EmployeeRecord;
import jp.kizuna.alumni.integration.HrInbox;
import jp.kizuna.alumni.integration.ResignationReport;
import jp.kizuna.alumni.integration.UpsertResult;
import jp.kizuna.alumni.shared.Roles;

/**
 * The HR system's REST interface, version 1: the same operations as the SOAP contract, in JSON,
 * described by /alumni-ws/openapi.json. Changing requests carry an {@code Idempotency-Key} header
 * (the message id): sending the same key again returns the first answer and changes nothing.
 */
@Path("/hr/v1")
@RolesAllowed(Roles.HR_SYSTEM)
@Produces(MediaType.APPLICATION_JSON)
public class HrResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @EJB
    private HrInbox inbox;

    /** Creates or updates up to 1000 employees; per-record results. */
    @PUT
    @Path("/employees")
    @Consumes(MediaType.APPLICATION_JSON)
    public UpsertResult upsertEmployees(
            @HeaderParam(IDEMPOTENCY_KEY) String messageId, List<EmployeeRecord> employees) {
        return inbox.upsertEmployees(messageId, employees);
    }

    /** Opens the employee's offboarding case; 201 with where the case stands. */
    @POST
    @Path("/resignations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reportResignation(@HeaderParam(IDEMPOTENCY_KEY) String messageId, ResignationReport report) {
        CaseReport opened = inbox.reportResignation(
                messageId, report == null ? new ResignationReport(null, null, null, null) : report);
        return Response.status(Response.Status.CREATED).entity(opened).build();
    }

    /** The employee's latest offboarding case. */
    @GET
    @Path("/employees/{employeeNumber}/offboarding-case")
    public CaseReport caseStatus(@PathParam("employeeNumber") String employeeNumber) {
        return inbox.caseStatus(employeeNumber);
    }

    /** Alumni whose consent for the purpose is in force, paged. */
    @GET
    @Path("/alumni")
    public List<AlumnusRecord> consentedAlumni(
            @QueryParam("purpose") String purpose,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("1000") int max) {
        return inbox.consentedAlumni(purpose, first, max);
    }
}
