package jp.kizuna.alumni.integration;

import static jp.kizuna.alumni.integration.HrClient.basic;
import static jp.kizuna.alumni.integration.HrClient.element;
import static jp.kizuna.alumni.integration.HrClient.envelope;
import static jp.kizuna.alumni.integration.HrClient.soap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import jp.kizuna.alumni.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SOAP contract over the wire against the full application: every operation, every typed
 * fault, the XML attacks the endpoint must survive, and who may call it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HrSoapIT {

    private static final String HR_SYNC = basic("hr-sync", "demo");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.fullApplication();
    }

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    private static String employee(String number, String family, String given, String extra) {
        return "<hr:employee><hr:employeeNumber>" + number + "</hr:employeeNumber><hr:familyName>" + family
                + "</hr:familyName><hr:givenName>" + given + "</hr:givenName>" + extra + "</hr:employee>";
    }

    private static String upsert(String messageId, String... employees) {
        return envelope("<hr:UpsertEmployeesRequest><hr:messageId>" + messageId + "</hr:messageId>"
                + String.join("", employees) + "</hr:UpsertEmployeesRequest>");
    }

    private static String resignation(String messageId, String number, String notice, String lastDay) {
        return envelope("<hr:ReportResignationRequest><hr:messageId>" + messageId + "</hr:messageId><hr:employeeNumber>"
                + number + "</hr:employeeNumber><hr:noticeDate>" + notice + "</hr:noticeDate><hr:lastDay>" + lastDay
                + "</hr:lastDay><hr:statedReason>キャリアアップのため</hr:statedReason></hr:ReportResignationRequest>");
    }

    /** A valid request with this content in a SOAP header. */
    private static String withHeader(String header) {
        return envelope("<hr:GetCaseStatusRequest><hr:employeeNumber>E1</hr:employeeNumber></hr:GetCaseStatusRequest>")
                .replace("<soap:Body>", "<soap:Header>" + header + "</soap:Header><soap:Body>");
    }

    private static String caseStatus(String number) {
        return envelope("<hr:GetCaseStatusRequest><hr:employeeNumber>" + number
                + "</hr:employeeNumber></hr:GetCaseStatusRequest>");
    }

    private static void assertFault(HttpResponse<String> response, String fault, String code) {
        assertFault(response, 500, fault, code);
    }

    private static void assertFault(HttpResponse<String> response, int status, String fault, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains("Fault>"), response.body());
        assertEquals(
                "soap:Client",
                element(response.body(), "faultcode"),
                "every refusal is the sender's error: " + response.body());
        assertTrue(
                response.body().matches("(?s).*<(\\w+:)?" + fault + "[ >].*"),
                "expected " + fault + ": " + response.body());
        assertEquals(code, element(response.body(), "code"), response.body());
        assertTrue(element(response.body(), "faultstring").length() > 10, "a clear fault text");
    }

    @Test
    void publishesAVersionedWsdlToHrSystemsOnly() throws Exception {
        HttpResponse<String> wsdl = HrClient.get(HrClient.SOAP + "?wsdl", HR_SYNC);
        assertEquals(200, wsdl.statusCode());
        assertTrue(wsdl.body().contains("targetNamespace=\"urn:kizuna:alumni:hr:v1\""), wsdl.body());
        for (String name : new String[] {
            "UpsertEmployees",
            "ReportResignation",
            "GetCaseStatus",
            "ExportConsentedAlumni",
            "UnknownEmployee",
            "InvalidDate",
            "Duplicate",
            "InvalidRequest"
        }) {
            assertTrue(wsdl.body().contains("name=\"" + name), name + " in the WSDL");
        }
        assertEquals(401, HrClient.get(HrClient.SOAP + "?wsdl", null).statusCode());
    }

    @Test
    void upsertsEmployeesWithPerRecordResultsAndExactlyOnceDelivery() throws Exception {
        String message = upsert(
                "soap-" + suffix,
                employee(
                        "SM" + suffix,
                        "髙橋",
                        "誠",
                        "<hr:familyNameKana>タカハシ</hr:familyNameKana>"
                                + "<hr:departmentCode>SD" + suffix
                                + "</hr:departmentCode><hr:departmentNameJa>経理部</hr:departmentNameJa>"
                                + "<hr:departmentNameEn>Accounting</hr:departmentNameEn><hr:hireDate>2004-04-01</hr:hireDate>"),
                employee("SR" + suffix, "渡辺", "さくら", "<hr:managerNumber>SM" + suffix + "</hr:managerNumber>"),
                employee("SX" + suffix, "山田", "太郎", "<hr:familyNameKana>山田</hr:familyNameKana>"));
        HttpResponse<String> first = soap(HR_SYNC, message);
        assertEquals(200, first.statusCode(), first.body());
        assertEquals("2", element(first.body(), "created"));
        assertEquals("1", element(first.body(), "rejected"));
        assertTrue(first.body().contains("integration.record.kanaInvalid"), first.body());

        HttpResponse<String> again = soap(HR_SYNC, message);
        assertEquals(first.body(), again.body(), "a re-delivered message gets the same answer");

        HttpResponse<String> reused = soap(HR_SYNC, upsert("soap-" + suffix, employee("SR" + suffix, "渡辺", "桜", "")));
        assertFault(reused, "Duplicate", "integration.message.reused");

        HttpResponse<String> update = soap(
                HR_SYNC,
                upsert(
                        "soap2-" + suffix,
                        employee("SR" + suffix, "渡辺", "桜", "<hr:managerNumber>SM" + suffix + "</hr:managerNumber>")));
        assertEquals("1", element(update.body(), "updated"), update.body());
    }

    @Test
    void refusesMalformedDatesAndEmptyBatchesWithTypedFaults() throws Exception {
        assertFault(
                soap(
                        HR_SYNC,
                        upsert(
                                "date-" + suffix,
                                employee("SD" + suffix, "佐藤", "一", "<hr:hireDate>2023-02-30</hr:hireDate>"))),
                "InvalidDate",
                "integration.date.invalid");
        assertFault(soap(HR_SYNC, upsert("empty-" + suffix)), "InvalidRequest", "integration.batch.size");
        assertFault(
                soap(HR_SYNC, upsert("", employee("SE" + suffix, "佐藤", "一", ""))),
                "InvalidRequest",
                "integration.message.idInvalid");
    }

    @Test
    void reportsResignationsAndCaseStatusWithTypedFaults() throws Exception {
        String number = "SC" + suffix;
        String other = "SO" + suffix;
        soap(HR_SYNC, upsert("case-emp-" + suffix, employee(number, "鈴木", "花子", ""), employee(other, "鈴木", "一郎", "")));

        HttpResponse<String> opened = soap(HR_SYNC, resignation("res-" + suffix, number, "2026-11-20", "2027-01-31"));
        assertEquals(200, opened.statusCode(), opened.body());
        assertEquals("NOTICE_RECEIVED", element(opened.body(), "status"));
        String caseId = element(opened.body(), "caseId");
        assertEquals(
                opened.body(),
                soap(HR_SYNC, resignation("res-" + suffix, number, "2026-11-20", "2027-01-31"))
                        .body());

        HttpResponse<String> status = soap(HR_SYNC, caseStatus(number));
        assertEquals(caseId, element(status.body(), "caseId"));
        assertEquals("2027-01-31", element(status.body(), "lastDay"));

        assertFault(
                soap(HR_SYNC, resignation("res2-" + suffix, number, "2026-11-21", "2027-01-31")),
                "Duplicate",
                "offboarding.case.alreadyOpen");
        assertFault(
                soap(HR_SYNC, resignation("res3-" + suffix, "NOBODY" + suffix, "2026-11-21", "2027-01-31")),
                "UnknownEmployee",
                "offboarding.case.unknownEmployee");
        assertFault(
                soap(HR_SYNC, resignation("res4-" + suffix, other, "2026-11-21", "2026-11-01")),
                "InvalidDate",
                "offboarding.case.lastDayBeforeNotice");
        assertFault(
                soap(HR_SYNC, resignation("res5-" + suffix, number, "2026-11-31", "2027-01-31")),
                "InvalidDate",
                "integration.date.invalid");
        assertFault(soap(HR_SYNC, caseStatus("NOBODY" + suffix)), "UnknownEmployee", "identity.employee.unknown");
    }

    @Test
    void rejectsXmlAttacksWithAFaultAndKeepsServing() throws Exception {
        String xxe =
                "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + caseStatus("&x;");
        assertFault(soap(HR_SYNC, xxe), "InvalidRequest", "integration.xml.dtd");
        // An external DTD (never fetched) and a DTD without any entity are refused alike.
        assertFault(
                soap(HR_SYNC, "<!DOCTYPE soap:Envelope SYSTEM \"http://127.0.0.1:9/evil.dtd\">" + caseStatus("E1")),
                "InvalidRequest",
                "integration.xml.dtd");
        assertFault(
                soap(HR_SYNC, "<?xml version=\"1.0\"?><!DOCTYPE soap:Envelope>" + caseStatus("E1")),
                "InvalidRequest",
                "integration.xml.dtd");

        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        laughs.append("]>").append(caseStatus("&lol9;"));
        assertFault(soap(HR_SYNC, laughs.toString()), "InvalidRequest", "integration.xml.dtd");

        // SOAP headers are read whole before the body, so they are where the limits must hold; an
        // unexpected element in the body is refused at its start tag (integration.soap.schema).
        String deep = withHeader("<a>".repeat(500) + "</a>".repeat(500));
        assertFault(soap(HR_SYNC, deep), "InvalidRequest", "integration.xml.tooDeep");

        String wide = withHeader("<w>" + "<x/>".repeat(70_000) + "</w>");
        assertFault(soap(HR_SYNC, wide), "InvalidRequest", "integration.xml.tooManyChildren");

        // Many elements, each parent within the child limit: the count of the whole message decides.
        String many = withHeader("<w>" + ("<y>" + "<x/>".repeat(1_000) + "</y>").repeat(70) + "</w>");
        assertFault(soap(HR_SYNC, many), "InvalidRequest", "integration.xml.tooManyElements");
        assertFault(
                soap(
                        HR_SYNC,
                        envelope("<hr:GetCaseStatusRequest>" + "<x/>".repeat(70_000) + "</hr:GetCaseStatusRequest>")),
                "InvalidRequest",
                "integration.soap.schema");

        String attributes = envelope("<hr:GetCaseStatusRequest"
                + IntStream.range(0, 100).mapToObj(i -> " a" + i + "=\"1\"").collect(Collectors.joining()) + "/>");
        assertFault(soap(HR_SYNC, attributes), "InvalidRequest", "integration.xml.tooManyAttributes");

        String longAttribute = envelope("<hr:GetCaseStatusRequest a=\"" + "1".repeat(100_000) + "\"/>");
        assertFault(soap(HR_SYNC, longAttribute), "InvalidRequest", "integration.xml.attributeTooLong");

        String longText = caseStatus("E" + "1".repeat(100_000));
        assertFault(soap(HR_SYNC, longText), "InvalidRequest", "integration.xml.textTooLong");

        // Within every other limit, but more characters than a message may have.
        String large = withHeader(("<x>" + "1".repeat(60_000) + "</x>").repeat(80));
        assertFault(soap(HR_SYNC, large), "InvalidRequest", "integration.xml.tooLarge");
        byte[] huge = HrClient.oversized(
                "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                        + "<hr:GetCaseStatusRequest xmlns:hr=\"" + HrClient.NS + "\"><hr:employeeNumber>",
                6 * 1024 * 1024);
        assertFault(
                soap(HR_SYNC, HttpRequest.BodyPublishers.ofByteArray(huge)),
                "InvalidRequest",
                "integration.xml.textTooLong");

        assertFault(
                soap(HR_SYNC, envelope("<hr:GetCaseStatusRequest><hr:employeeNumber>E1</hr:GetCaseStatusRequest>")),
                "InvalidRequest",
                "integration.xml.malformed");
        assertFault(soap(HR_SYNC, "<not-closed>"), "InvalidRequest", "integration.soap.noEnvelope");

        HttpResponse<String> stillServing = soap(HR_SYNC, caseStatus("NOBODY" + suffix));
        assertFault(stillServing, "UnknownEmployee", "identity.employee.unknown");
    }

    @Test
    void onlyTheHrSystemRoleMayCall() throws Exception {
        String message = caseStatus("NOBODY" + suffix);
        // The container refuses before the SOAP stack; the body is still a SOAP fault a client can read.
        assertFault(soap(null, message), 401, "AccessRefused", "access.unauthenticated");
        assertFault(soap(basic("hr-sync", "wrong"), message), 401, "AccessRefused", "access.unauthenticated");
        // A password is for the HR system accounts only: any other account's password is refused as a
        // sign-in (401), right or wrong alike; such a person signs in with a token (and gets 403 here).
        assertFault(soap(basic("manager.sato", "demo"), message), 401, "AccessRefused", "access.passwordRefused");
        assertFault(soap(basic("hr.admin", "demo"), message), 401, "AccessRefused", "access.passwordRefused");
        assertFault(soap(basic("hr.admin", "wrong"), message), 401, "AccessRefused", "access.unauthenticated");
        assertFault(soap(HrClient.userToken("hr.admin"), message), 403, "AccessRefused", "access.denied");
        assertFault(soap(HrClient.userToken("employee.tanaka"), message), 403, "AccessRefused", "access.denied");
        HttpResponse<String> serviceAccount = soap(HrClient.serviceAccountToken(), message);
        assertFault(serviceAccount, "UnknownEmployee", "identity.employee.unknown");
    }

    @Test
    void exportsConsentedAlumniAndRefusesUnknownPurposes() throws Exception {
        HttpResponse<String> page = soap(
                HR_SYNC,
                envelope("<hr:ExportConsentedAlumniRequest><hr:purpose>REHIRE_OFFERS"
                        + "</hr:purpose><hr:max>10</hr:max></hr:ExportConsentedAlumniRequest>"));
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("ExportConsentedAlumniResponse"), page.body());
        assertFault(
                soap(
                        HR_SYNC,
                        envelope("<hr:ExportConsentedAlumniRequest><hr:purpose>MARKETING</hr:purpose>"
                                + "</hr:ExportConsentedAlumniRequest>")),
                "InvalidRequest",
                "integration.purpose.invalid");
    }
}
