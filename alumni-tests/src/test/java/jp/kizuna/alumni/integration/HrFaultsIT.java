package jp.kizuna.alumni.integration;

import static jp.kizuna.alumni.integration.HrClient.basic;
import static jp.kizuna.alumni.integration.HrClient.element;
import static jp.kizuna.alumni.integration.HrClient.envelope;
import static jp.kizuna.alumni.integration.HrClient.json;
import static jp.kizuna.alumni.integration.HrClient.send;
import static jp.kizuna.alumni.integration.HrClient.soap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import jp.kizuna.alumni.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A sender's mistakes, sent over the wire as raw bytes: on SOAP every one is a Client fault with
 * the contract's typed detail (Server only for "try again later"), on REST the documented JSON
 * error; and no answer names a Java class, a library or a parser.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HrFaultsIT {

    private static final String HR_SYNC = basic("hr-sync", "demo");

    /** Words that only the server's internals would use: class and package names, parsers, libraries. */
    private static final Pattern INTERNALS = Pattern.compile("(?i)jakarta\\.|javax\\.|java\\.|org\\.apache|com\\.ctc|"
            + "wstx|woodstox|yasson|eclipse|jbws|resteasy|undertow|cxf|jaxb|exception|\\bclass\\b|unmarshal|"
            + "parseerror|stax|\\[row,col");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.fullApplication();
    }

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private String token;

    @BeforeEach
    void signIn() throws Exception {
        token = HrClient.serviceAccountToken();
    }

    private static void assertClientFault(HttpResponse<String> response, String detail, String code) {
        String body = response.body();
        assertEquals(500, response.statusCode(), body);
        assertEquals("soap:Client", element(body, "faultcode"), "a sender's error is a Client fault: " + body);
        assertTrue(body.matches("(?s).*<(\\w+:)?" + detail + "[ >].*"), "expected the detail " + detail + ": " + body);
        assertEquals(code, element(body, "code"), body);
        assertNotNull(element(body, "textJa"), "a Japanese text: " + body);
        assertPlain(body);
    }

    private static void assertPlain(String answer) {
        assertFalse(INTERNALS.matcher(answer).find(), "the answer names the server's internals: " + answer);
    }

    private static String caseStatus(String number) {
        return envelope("<hr:GetCaseStatusRequest><hr:employeeNumber>" + number
                + "</hr:employeeNumber></hr:GetCaseStatusRequest>");
    }

    @Test
    void businessRefusalsAreClientFaultsWithTheirTypedDetail() throws Exception {
        assertClientFault(soap(HR_SYNC, caseStatus("NOBODY" + suffix)), "UnknownEmployee", "identity.employee.unknown");
        assertClientFault(
                soap(
                        HR_SYNC,
                        envelope("<hr:ReportResignationRequest><hr:messageId>f-" + suffix
                                + "</hr:messageId><hr:employeeNumber>NOBODY</hr:employeeNumber><hr:noticeDate>2026-02-30</hr:noticeDate>"
                                + "<hr:lastDay>2026-03-31</hr:lastDay></hr:ReportResignationRequest>")),
                "InvalidDate",
                "integration.date.invalid");
        String upsert =
                envelope("<hr:UpsertEmployeesRequest><hr:messageId>dup-" + suffix + "</hr:messageId><hr:employee>"
                        + "<hr:employeeNumber>FD" + suffix + "</hr:employeeNumber><hr:familyName>山田</hr:familyName>"
                        + "<hr:givenName>一</hr:givenName></hr:employee></hr:UpsertEmployeesRequest>");
        assertEquals(200, soap(HR_SYNC, upsert).statusCode());
        assertClientFault(soap(HR_SYNC, upsert.replace("山田", "田中")), "Duplicate", "integration.message.reused");
        assertClientFault(
                soap(
                        HR_SYNC,
                        envelope("<hr:ExportConsentedAlumniRequest><hr:purpose>MARKETING</hr:purpose>"
                                + "</hr:ExportConsentedAlumniRequest>")),
                "InvalidRequest",
                "integration.purpose.invalid");
    }

    @Test
    void unreadableSoapRequestsAreClientFaultsInTheContractsWords() throws Exception {
        assertClientFault(soap(HR_SYNC, caseStatus("A&#1;B")), "InvalidRequest", "integration.xml.malformed");
        assertClientFault(soap(HR_SYNC, caseStatus("A&#x0;B")), "InvalidRequest", "integration.xml.malformed");
        assertClientFault(soap(HR_SYNC, "<not-closed>"), "InvalidRequest", "integration.soap.noEnvelope");
        assertClientFault(
                soap(HR_SYNC, caseStatus("E1</hr:staffNumber>")), "InvalidRequest", "integration.xml.malformed");
        assertClientFault(soap(HR_SYNC, "HR data"), "InvalidRequest", "integration.xml.malformed");
        assertClientFault(soap(HR_SYNC, ""), "InvalidRequest", "integration.xml.malformed");
        assertClientFault(soap(HR_SYNC, envelope("")), "InvalidRequest", "integration.soap.noOperation");
        assertClientFault(
                soap(HR_SYNC, caseStatus("E1").replace(HrClient.NS, "urn:kizuna:alumni:hr:v0")),
                "InvalidRequest",
                "integration.soap.noOperation");
        assertClientFault(
                soap(
                        HR_SYNC,
                        envelope("<hr:GetCaseStatusRequest><hr:staffNumber>E1</hr:staffNumber>"
                                + "</hr:GetCaseStatusRequest>")),
                "InvalidRequest",
                "integration.soap.schema");
        assertClientFault(
                soap(
                        HR_SYNC,
                        envelope("<hr:ExportConsentedAlumniRequest><hr:purpose>REHIRE_OFFERS</hr:purpose>"
                                + "<hr:max>ten</hr:max></hr:ExportConsentedAlumniRequest>")),
                "InvalidRequest",
                "integration.soap.schema");

        // An envelope of another SOAP version gets the code SOAP prescribes for it, in plain words.
        HttpResponse<String> soap12 = soap(
                HR_SYNC,
                caseStatus("E1")
                        .replace(
                                "http://schemas.xmlsoap.org/soap/envelope/",
                                "http://www.w3.org/2003/05/soap-envelope"));
        assertEquals("soap:VersionMismatch", element(soap12.body(), "faultcode"), soap12.body());
        assertPlain(soap12.body());

        assertClientFault(soap(HR_SYNC, caseStatus("NOBODY" + suffix)), "UnknownEmployee", "identity.employee.unknown");
    }

    @Test
    void unreadableJsonGetsTheDocumentedErrorInPlainWords() throws Exception {
        HttpResponse<String> syntax = send("PUT", "/hr/v1/employees", token, "j1-" + suffix, "[{\"employeeNumber\":");
        assertJsonError(syntax, 400, "integration.json.invalid");
        assertTrue(json(syntax).getString("text").contains("line 1"), syntax.body());

        HttpResponse<String> unknown = send(
                "PUT",
                "/hr/v1/employees",
                token,
                "j2-" + suffix,
                "[{\"employeeNumber\":\"J" + suffix
                        + "\",\"familyName\":\"林\",\"givenName\":\"一\",\"hireDay\":\"2020-01-01\"}]");
        assertJsonError(unknown, 400, "integration.json.invalid");
        assertTrue(json(unknown).getString("text").contains("hireDay"), "names the unknown field: " + unknown.body());

        HttpResponse<String> date = send(
                "PUT",
                "/hr/v1/employees",
                token,
                "j3-" + suffix,
                "[{\"employeeNumber\":\"J" + suffix
                        + "\",\"familyName\":\"林\",\"givenName\":\"一\",\"hireDate\":\"2020-13-01\"}]");
        assertJsonError(date, 400, "integration.json.invalid");
        assertTrue(json(date).getString("text").contains("hireDate"), "names the field: " + date.body());

        assertJsonError(
                send("PUT", "/hr/v1/employees", token, "j4-" + suffix, "{\"employeeNumber\":\"J1\"}"),
                400,
                "integration.json.invalid");
        assertJsonError(
                send("POST", "/hr/v1/resignations", token, "j5-" + suffix, "[1,2]"), 400, "integration.json.invalid");
    }

    @Test
    void badQueryParametersAreA400NamingTheParameter() throws Exception {
        HttpResponse<String> first =
                HrClient.get(HrClient.BASE + "/api/hr/v1/alumni?purpose=REHIRE_OFFERS&first=abc", token);
        assertJsonError(first, 400, "integration.query.number");
        assertTrue(json(first).getString("text").contains("first"), first.body());
        HttpResponse<String> max =
                HrClient.get(HrClient.BASE + "/api/hr/v1/alumni?purpose=REHIRE_OFFERS&max=1.5", token);
        assertJsonError(max, 400, "integration.query.number");
        assertTrue(json(max).getString("textJa").contains("max"), max.body());
        assertJsonError(
                HrClient.get(HrClient.BASE + "/api/directory?minYears=five", HrClient.userToken("hr.admin")),
                400,
                "integration.query.number");
    }

    @Test
    void httpRefusalsOfTheApiHaveTheDocumentedBody() throws Exception {
        assertJsonError(
                HrClient.get(HrClient.BASE + "/api/hr/v1/nothing-here", token), 404, "integration.http.notFound");
        HttpResponse<String> method = send("DELETE", "/hr/v1/employees", token, null, "");
        assertJsonError(method, 405, "integration.http.methodNotAllowed");
        HttpResponse<String> plainText = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(HrClient.BASE + "/api/hr/v1/employees"))
                                .header("Authorization", token)
                                .header("Idempotency-Key", "t-" + suffix)
                                .header("Content-Type", "text/plain")
                                .PUT(HttpRequest.BodyPublishers.ofString("E1,山田"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertJsonError(plainText, 415, "integration.http.mediaType");
        assertJsonError(
                HrClient.get(HrClient.BASE + "/api/hr/v1/alumni?purpose=REHIRE_OFFERS", HrClient.userToken("hr.admin")),
                403,
                "access.denied");
    }

    private static void assertJsonError(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        JsonObject error = json(response);
        assertEquals(code, error.getString("code"), response.body());
        assertFalse(error.getString("text").isBlank());
        assertFalse(error.getString("textJa").isBlank());
        assertPlain(response.body());
    }
}
