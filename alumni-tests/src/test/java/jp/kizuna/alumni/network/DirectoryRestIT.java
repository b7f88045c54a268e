package jp.kizuna.alumni.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kizuna.alumni.e2e.Browser;
import jp.kizuna.alumni.e2e.Tokens;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The directory's REST API as an alumni app uses it, with a real Keycloak token: what members show
 * and hide, facet counts, and changes reaching the next request although results and their JSON are
 * reused between requests.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DirectoryRestIT {

    static final String DEPARTMENT = "E2E-DIR-REST";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(name = "app", testable = false, order = 1)
    static EnterpriseArchive application() {
        return Deployments.fullApplication();
    }

    @Deployment(name = "setup", order = 2)
    static EnterpriseArchive setup() {
        return Deployments.setupApplicationWith("alumni-directory-setup", DirectoryRestIT.class, NetworkTestData.class);
    }

    @Inject
    NetworkTestData data;

    @Test
    @Order(1)
    @OperateOnDeployment("setup")
    void twoMembersOfTheDepartmentAreListed() {
        // Earlier runs' members of the department leave the directory first.
        data.sql(
                "update consent_record set withdrawn_at = current_timestamp where purpose = 'DIRECTORY' and withdrawn_at is null"
                        + " and employee_id in (select p.employee_id from alumnus_profile p join department d on d.id = p.department_id"
                        + " where d.code = ?1)",
                DEPARTMENT);
        data.member(
                null,
                DEPARTMENT,
                EnumSet.of(ConsentPurpose.DIRECTORY),
                new ProfileChange(
                        "レスト商事",
                        "部長",
                        "大阪",
                        null,
                        null,
                        List.of("営業", "SQL"),
                        EnumSet.of(Openness.REHIRE, Openness.MENTORING),
                        true,
                        true,
                        true,
                        true,
                        false),
                "公開",
                "花子");
        data.member(
                null,
                DEPARTMENT,
                EnumSet.of(ConsentPurpose.DIRECTORY),
                new ProfileChange(
                        "秘密商事",
                        "社長",
                        "京都",
                        null,
                        null,
                        List.of("営業"),
                        EnumSet.of(Openness.SIDE_JOB),
                        false,
                        false,
                        false,
                        false,
                        false),
                "非公開",
                "次郎");
    }

    @Test
    @Order(2)
    @RunAsClient
    @OperateOnDeployment("app")
    void anAlumnusSeesWhatEachMemberShows() throws Exception {
        JsonObject result = search("department=" + DEPARTMENT + "&facets=true");
        assertEquals(2, result.getInt("total"));
        assertTrue(result.getBoolean("totalExact"));
        JsonObject shown = member(result, "公開");
        assertEquals("レスト商事", shown.getString("employer"));
        assertEquals("大阪", shown.getString("region"));
        assertEquals(List.of("sql", "営業"), strings(shown, "skills"));
        assertEquals(Set.of("REHIRE", "MENTORING"), Set.copyOf(strings(shown, "openTo")));
        assertFalse(shown.containsKey("email"), "e-mail only for members who show it");
        JsonObject hidden = member(result, "非公開");
        for (String field : List.of("employer", "role", "region", "email")) {
            assertFalse(hidden.containsKey(field), field + " is hidden");
        }
        assertTrue(strings(hidden, "skills").isEmpty());
        assertTrue(strings(hidden, "openTo").isEmpty());
        JsonObject facets = result.getJsonObject("facets");
        assertEquals(2, facets.getJsonObject("departments").getInt(DEPARTMENT));
        assertEquals(1, facets.getJsonObject("skills").getInt("営業"), "a hidden skill is not counted");
        assertFalse(facets.getJsonObject("regions").containsKey("京都"));
        // Asked again: the same answer (now from the reused results).
        assertEquals(result, search("department=" + DEPARTMENT + "&facets=true"));
        assertEquals(1, search("department=" + DEPARTMENT + "&skill=sql").getInt("total"));
        assertEquals(
                0,
                search("department=" + DEPARTMENT + "&region=" + URLEncoder.encode("京都", StandardCharsets.UTF_8))
                        .getInt("total"),
                "a hidden region does not match");
    }

    @Test
    @Order(3)
    @OperateOnDeployment("setup")
    void oneMemberWithdrawsTheirConsentAndTheOtherIsRenamed() {
        data.sql(
                "update consent_record set withdrawn_at = current_timestamp where purpose = 'DIRECTORY' and withdrawn_at is null"
                        + " and employee_id in (select id from employee where family_name = '非公開')");
        data.sql(
                "update employee set family_name = '改姓' where family_name = '公開' and id in"
                        + " (select p.employee_id from alumnus_profile p join department d on d.id = p.department_id where d.code = ?1)",
                DEPARTMENT);
    }

    @Test
    @Order(4)
    @RunAsClient
    @OperateOnDeployment("app")
    void theNextRequestShowsBothChanges() throws Exception {
        JsonObject result = search("department=" + DEPARTMENT + "&facets=true");
        assertEquals(1, result.getInt("total"));
        assertEquals(
                List.of("改姓"),
                result.getJsonArray("entries").stream()
                        .map(entry -> entry.asJsonObject().getString("familyName"))
                        .toList());
        assertEquals(
                1, result.getJsonObject("facets").getJsonObject("departments").getInt(DEPARTMENT));
    }

    @Test
    @Order(5)
    @RunAsClient
    @OperateOnDeployment("app")
    void employeesMayNotSearchAndBadFiltersAreExplained() throws Exception {
        assertEquals(
                403,
                get("department=" + DEPARTMENT, Tokens.forUser("employee.tanaka", "demo"))
                        .statusCode());
        HttpResponse<String> refused = get("openTo=SOMETIMES", Tokens.forUser("alumni.yamada", "demo"));
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("REHIRE") && refused.body().contains("のいずれか"), refused.body());
    }

    private static JsonObject search(String query) throws Exception {
        HttpResponse<String> response = get(query, Tokens.forUser("alumni.yamada", "demo"));
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static HttpResponse<String> get(String query, String token) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + Browser.httpPort() + "/alumni-ws/api/directory?" + query))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject member(JsonObject result, String familyName) {
        return result.getJsonArray("entries").stream()
                .map(entry -> entry.asJsonObject())
                .filter(entry -> familyName.equals(entry.getString("familyName")))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> strings(JsonObject entry, String field) {
        return entry.getJsonArray(field).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .collect(Collectors.toList());
    }
}
