package jp.kizuna.alumni.integration;

import static jp.kizuna.alumni.integration.HrClient.basic;
import static jp.kizuna.alumni.integration.HrClient.json;
import static jp.kizuna.alumni.integration.HrClient.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import jp.kizuna.alumni.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST interface with a Keycloak service account token, its errors, roles and OpenAPI document. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HrRestIT {

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

    private String employee(String number, String managerNumber) {
        return """
                {"employeeNumber":"%s","familyName":"中村","givenName":"愛","familyNameKana":"ナカムラ","givenNameKana":"アイ",
                 "departmentCode":"RD%s","departmentNameJa":"開発部","departmentNameEn":"Development",
                 "managerNumber":%s,"hireDate":"2018-04-01"}""".formatted(number, suffix, managerNumber == null ? "null" : "\"" + managerNumber + "\"");
    }

    @Test
    void upsertsEmployeesExactlyOncePerIdempotencyKey() throws Exception {
        String batch = "[" + employee("RM" + suffix, null) + "," + employee("RR" + suffix, "RM" + suffix) + ","
                + employee("RX" + suffix, "NOBODY") + "]";
        HttpResponse<String> first = send("PUT", "/hr/v1/employees", token, "rest-" + suffix, batch);
        assertEquals(200, first.statusCode(), first.body());
        JsonObject answer = json(first);
        assertEquals(2, answer.getInt("created"));
        assertEquals(1, answer.getInt("rejected"));
        assertEquals(
                "integration.manager.unknown",
                answer.getJsonArray("results").getJsonObject(2).getString("errorCode"));

        HttpResponse<String> again = send("PUT", "/hr/v1/employees", token, "rest-" + suffix, batch);
        assertEquals(200, again.statusCode());
        assertEquals(answer, json(again), "the same key gets the same answer");

        HttpResponse<String> reused =
                send("PUT", "/hr/v1/employees", token, "rest-" + suffix, "[" + employee("RZ" + suffix, null) + "]");
        assertEquals(409, reused.statusCode(), reused.body());
        assertEquals("integration.message.reused", json(reused).getString("code"));
        assertTrue(json(reused).getString("textJa").contains("メッセージID"));
    }

    @Test
    void refusesBrokenRequests() throws Exception {
        HttpResponse<String> badDate = send(
                "PUT",
                "/hr/v1/employees",
                token,
                "d-" + suffix,
                "[{\"employeeNumber\":\"RB" + suffix
                        + "\",\"familyName\":\"林\",\"givenName\":\"一\",\"hireDate\":\"2020-13-01\"}]");
        assertEquals(400, badDate.statusCode(), badDate.body());
        assertEquals("integration.json.invalid", json(badDate).getString("code"));

        assertEquals(
                422, send("PUT", "/hr/v1/employees", token, "e-" + suffix, "[]").statusCode());
        HttpResponse<String> noKey =
                send("PUT", "/hr/v1/employees", token, null, "[" + employee("RK" + suffix, null) + "]");
        assertEquals(422, noKey.statusCode());
        assertEquals("integration.message.idInvalid", json(noKey).getString("code"));
    }

    @Test
    void reportsResignationsAndCaseStatus() throws Exception {
        String number = "RC" + suffix;
        assertEquals(
                200,
                send(
                                "PUT",
                                "/hr/v1/employees",
                                token,
                                "c-" + suffix,
                                "[" + employee(number, null) + "," + employee("RO" + suffix, null) + "]")
                        .statusCode());
        String notice = "{\"employeeNumber\":\"" + number
                + "\",\"noticeDate\":\"2026-11-20\",\"lastDay\":\"2027-02-28\",\"statedReason\":\"留学のため\"}";

        HttpResponse<String> opened = send("POST", "/hr/v1/resignations", token, "r-" + suffix, notice);
        assertEquals(201, opened.statusCode(), opened.body());
        assertEquals("NOTICE_RECEIVED", json(opened).getString("status"));
        HttpResponse<String> replay = send("POST", "/hr/v1/resignations", token, "r-" + suffix, notice);
        assertEquals(json(opened), json(replay));

        HttpResponse<String> status =
                HrClient.get(HrClient.BASE + "/api/hr/v1/employees/" + number + "/offboarding-case", token);
        assertEquals(200, status.statusCode());
        assertEquals(json(opened).getJsonNumber("caseId"), json(status).getJsonNumber("caseId"));
        assertEquals("2027-02-28", json(status).getString("lastDay"));

        HttpResponse<String> twice = send("POST", "/hr/v1/resignations", token, "r2-" + suffix, notice);
        assertEquals(409, twice.statusCode());
        assertEquals("offboarding.case.alreadyOpen", json(twice).getString("code"));
        HttpResponse<String> unknown =
                send("POST", "/hr/v1/resignations", token, "r3-" + suffix, notice.replace(number, "NOBODY"));
        assertEquals(404, unknown.statusCode());
        HttpResponse<String> backwards = send(
                "POST",
                "/hr/v1/resignations",
                token,
                "r4-" + suffix,
                notice.replace(number, "RO" + suffix).replace("2027-02-28", "2026-01-01"));
        assertEquals(422, backwards.statusCode());
        assertEquals(
                404,
                HrClient.get(HrClient.BASE + "/api/hr/v1/employees/NOBODY/offboarding-case", token)
                        .statusCode());
    }

    @Test
    void exportsConsentedAlumni() throws Exception {
        HttpResponse<String> page =
                HrClient.get(HrClient.BASE + "/api/hr/v1/alumni?purpose=REHIRE_OFFERS&max=5", token);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().startsWith("["), page.body());
        HttpResponse<String> unknown = HrClient.get(HrClient.BASE + "/api/hr/v1/alumni?purpose=MARKETING", token);
        assertEquals(422, unknown.statusCode());
        assertEquals("integration.purpose.invalid", json(unknown).getString("code"));
        assertEquals(
                403,
                HrClient.get(HrClient.BASE + "/api/hr/v1/alumni?purpose=REHIRE_OFFERS", HrClient.userToken("hr.admin"))
                        .statusCode());
    }

    @Test
    void onlyTheHrSystemRoleMayCall() throws Exception {
        String path = HrClient.BASE + "/api/hr/v1/employees/NOBODY/offboarding-case";
        HttpResponse<String> anonymous = HrClient.get(path, null);
        assertEquals(401, anonymous.statusCode());
        assertEquals("access.unauthenticated", json(anonymous).getString("code"), "a JSON answer, not an HTML page");
        assertTrue(json(anonymous).getString("textJa").contains("認証"), anonymous.body());
        assertEquals(401, HrClient.get(path, "Bearer not.a.token").statusCode());
        assertEquals(403, HrClient.get(path, HrClient.userToken("hr.admin")).statusCode());
        assertEquals(403, HrClient.get(path, HrClient.userToken("manager.sato")).statusCode());
        // A password is for the HR system accounts only; other accounts sign in with a token.
        for (String person : new String[] {"alumni.yamada", "hr.admin"}) {
            HttpResponse<String> password = HrClient.get(path, basic(person, "demo"));
            assertEquals(401, password.statusCode(), password.body());
            assertEquals("access.passwordRefused", json(password).getString("code"), password.body());
            assertTrue(json(password).getString("textJa").contains("トークン"), password.body());
        }
        assertEquals(
                401,
                HrClient.get(HrClient.BASE + "/api/directory", basic("alumni.yamada", "demo"))
                        .statusCode());
        assertEquals(
                200,
                HrClient.get(HrClient.BASE + "/api/directory", HrClient.userToken("alumni.yamada"))
                        .statusCode());
        assertEquals(
                403,
                send(
                                "PUT",
                                "/hr/v1/employees",
                                HrClient.userToken("hr.admin"),
                                "x-" + suffix,
                                "[" + employee("RH" + suffix, null) + "]")
                        .statusCode());
        assertEquals(404, HrClient.get(path, basic("hr-sync", "demo")).statusCode(), "HTTP Basic for the HR system");
    }

    @Test
    void servesItsOpenApiDocument() throws Exception {
        HttpResponse<String> document = HrClient.get(HrClient.BASE + "/openapi.json", null);
        assertEquals(200, document.statusCode());
        JsonObject openApi = json(document);
        assertTrue(openApi.getString("openapi").startsWith("3."));
        JsonObject paths = openApi.getJsonObject("paths");
        assertTrue(paths.getJsonObject("/hr/v1/employees").containsKey("put"));
        assertTrue(paths.getJsonObject("/hr/v1/resignations").containsKey("post"));
        assertTrue(paths.getJsonObject("/hr/v1/employees/{employeeNumber}/offboarding-case")
                .containsKey("get"));
        assertTrue(paths.getJsonObject("/hr/v1/alumni").containsKey("get"));
        assertTrue(openApi.getJsonObject("components")
                .getJsonObject("securitySchemes")
                .containsKey("bearer"));
    }
}
