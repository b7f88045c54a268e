package jp.kizuna.alumni.ws.soap;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;
import java.util.ArrayList;
import java.util.List;
import jp.kizuna.alumni.integration.EmployeeRecord;
import jp.kizuna.alumni.integration.HrInbox;
import jp.kizuna.alumni.shared.BusinessException;
import org.apache.cxf.annotations.EndpointProperties;
import org.apache.cxf.annotations.EndpointProperty;
import org.apache.cxf.interceptor.InInterceptors;
import org.apache.cxf.interceptor.OutFaultInterceptors;

/**
 * SOAP 1.1 endpoint for HR systems at /soap/hr/v1 (web.xml), callable only with the hr-system role
 * (HTTP Basic over TLS with a Keycloak user, or a bearer token). Document/literal bare: each
 * operation has one request and one response element, which keeps generated clients simple.
 * The published contract is the committed WEB-INF/wsdl/HrIntegration-v1.wsdl, not a WSDL generated
 * anew at each deployment, so a code change cannot silently change what HR systems were given.
 * CXF's own parser enforces the XML limits while it streams the request ({@link XmlLimits}, as
 * endpoint properties), {@link DocumentTypeRefusal} refuses DTDs, and {@link ContractFaults}
 * answers every sender's error with a Client fault of the contract.
 */
@WebService(
        name = "HrIntegration",
        serviceName = "HrIntegrationService",
        portName = "HrIntegrationPort",
        targetNamespace = HrContract.NAMESPACE,
        wsdlLocation = "WEB-INF/wsdl/HrIntegration-v1.wsdl")
@SOAPBinding(parameterStyle = SOAPBinding.ParameterStyle.BARE)
@InInterceptors(classes = DocumentTypeRefusal.class)
@OutFaultInterceptors(classes = ContractFaults.class)
@EndpointProperties({
    @EndpointProperty(key = "org.apache.cxf.stax.maxElementDepth", value = XmlLimits.MAX_ELEMENT_DEPTH),
    @EndpointProperty(key = "org.apache.cxf.stax.maxChildElements", value = XmlLimits.MAX_CHILD_ELEMENTS),
    @EndpointProperty(key = "org.apache.cxf.stax.maxElementCount", value = XmlLimits.MAX_ELEMENT_COUNT),
    @EndpointProperty(key = "org.apache.cxf.stax.maxTextLength", value = XmlLimits.MAX_TEXT_LENGTH),
    @EndpointProperty(key = "org.apache.cxf.stax.maxAttributeSize", value = XmlLimits.MAX_ATTRIBUTE_SIZE),
    @EndpointProperty(key = "org.apache.cxf.stax.maxXMLCharacters", value = XmlLimits.MAX_XML_CHARACTERS)
})
public class HrIntegrationEndpoint {

    @EJB
    private HrInbox inbox;

    /** Creates or updates 1 to 1000 employees; per-record results; exactly once per message id. */
    @WebMethod(operationName = "UpsertEmployees")
    @WebResult(name = "UpsertEmployeesResponse", targetNamespace = HrContract.NAMESPACE, partName = "result")
    public UpsertEmployeesResponse upsertEmployees(
            @WebParam(name = "UpsertEmployeesRequest", targetNamespace = HrContract.NAMESPACE, partName = "request")
                    UpsertEmployeesRequest request)
            throws UnknownEmployeeFault, InvalidDateFault, DuplicateFault, InvalidRequestFault {
        try {
            List<EmployeeRecord> records = new ArrayList<>();
            List<EmployeeData> employees = request == null ? List.of() : request.employee;
            for (int i = 0; i < employees.size(); i++) {
                records.add(employees.get(i) == null ? null : employees.get(i).toRecord(i + 1));
            }
            return UpsertEmployeesResponse.of(
                    inbox.upsertEmployees(request == null ? null : request.messageId, records));
        } catch (BusinessException refusal) {
            throw SoapRefusals.fault(refusal);
        } catch (EJBException failure) {
            throw SoapRefusals.systemFailure(failure);
        }
    }

    /** Opens the employee's offboarding case (as the HR screens do); exactly once per message id. */
    @WebMethod(operationName = "ReportResignation")
    @WebResult(name = "ReportResignationResponse", targetNamespace = HrContract.NAMESPACE, partName = "result")
    public CaseStatusData reportResignation(
            @WebParam(name = "ReportResignationRequest", targetNamespace = HrContract.NAMESPACE, partName = "request")
                    ReportResignationRequest request)
            throws UnknownEmployeeFault, InvalidDateFault, DuplicateFault, InvalidRequestFault {
        try {
            if (request == null) {
                throw new BusinessException("integration.record.required", "ReportResignationRequest");
            }
            return CaseStatusData.of(inbox.reportResignation(request.messageId, request.toReport()));
        } catch (BusinessException refusal) {
            throw SoapRefusals.fault(refusal);
        } catch (EJBException failure) {
            throw SoapRefusals.systemFailure(failure);
        }
    }

    /** The employee's latest offboarding case. */
    @WebMethod(operationName = "GetCaseStatus")
    @WebResult(name = "GetCaseStatusResponse", targetNamespace = HrContract.NAMESPACE, partName = "result")
    public CaseStatusData caseStatus(
            @WebParam(name = "GetCaseStatusRequest", targetNamespace = HrContract.NAMESPACE, partName = "request")
                    CaseStatusRequest request)
            throws UnknownEmployeeFault, InvalidDateFault, DuplicateFault, InvalidRequestFault {
        try {
            if (request == null || request.employeeNumber == null) {
                throw new BusinessException("integration.record.required", "employeeNumber");
            }
            return CaseStatusData.of(inbox.caseStatus(request.employeeNumber));
        } catch (BusinessException refusal) {
            throw SoapRefusals.fault(refusal);
        } catch (EJBException failure) {
            throw SoapRefusals.systemFailure(failure);
        }
    }

    /** Alumni whose consent for the purpose is in force; nobody else. */
    @WebMethod(operationName = "ExportConsentedAlumni")
    @WebResult(name = "ExportConsentedAlumniResponse", targetNamespace = HrContract.NAMESPACE, partName = "result")
    public ExportAlumniResponse exportConsentedAlumni(
            @WebParam(
                            name = "ExportConsentedAlumniRequest",
                            targetNamespace = HrContract.NAMESPACE,
                            partName = "request")
                    ExportAlumniRequest request)
            throws UnknownEmployeeFault, InvalidDateFault, DuplicateFault, InvalidRequestFault {
        try {
            if (request == null) {
                throw new BusinessException("integration.record.required", "purpose");
            }
            ExportAlumniResponse response = new ExportAlumniResponse();
            inbox.consentedAlumni(
                            request.purpose,
                            request.first == null ? 0 : request.first,
                            request.max == null ? HrInbox.MAX_EXPORT_PAGE : request.max)
                    .forEach(alumnus -> response.alumnus.add(AlumnusData.of(alumnus)));
            return response;
        } catch (BusinessException refusal) {
            throw SoapRefusals.fault(refusal);
        } catch (EJBException failure) {
            throw SoapRefusals.systemFailure(failure);
        }
    }
}
