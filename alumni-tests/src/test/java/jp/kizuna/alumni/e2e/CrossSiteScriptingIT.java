package jp.kizuna.alumni.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kizuna.alumni.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Script in every free-text field an HR system can fill (names, kana, job title, department names,
 * stated reason) comes back on the HR pages as text, escaped, never as markup; SQL in a search box is
 * only text to search for.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossSiteScriptingIT {

    private static final List<String> CORPUS = List.of(
            "<script>alert('xss')</script>",
            "\"><img src=x onerror=alert(1)>",
            "<svg/onload=alert(2)>",
            "'';!--\"<XSS>=&{()}",
            "<a href=\"javascript:alert(3)\">x</a>");
    private static final Pattern CASE_ID = Pattern.compile("<(?:\\w+:)?caseId>(\\d+)<");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.fullApplication();
    }

    @Test
    void scriptInHrDataIsShownAsText() throws Exception {
        String token = Tokens.forHrSystem();
        WebSession hr = WebSession.signedIn("hr.admin", "demo");
        for (String payload : CORPUS) {
            String number = "X" + UUID.randomUUID().toString().substring(0, 8);
            String department = "XSS" + UUID.randomUUID().toString().substring(0, 6);
            soap(token, """
                    <hr:UpsertEmployeesRequest><hr:messageId>%1$s-e</hr:messageId><hr:employee>
                      <hr:employeeNumber>%1$s</hr:employeeNumber><hr:familyName>%2$s</hr:familyName>
                      <hr:givenName>%2$s</hr:givenName><hr:familyNameKana>テスト</hr:familyNameKana>
                      <hr:jobTitle>%2$s</hr:jobTitle><hr:departmentCode>%3$s</hr:departmentCode>
                      <hr:departmentNameJa>%2$s</hr:departmentNameJa><hr:departmentNameEn>%2$s</hr:departmentNameEn>
                    </hr:employee></hr:UpsertEmployeesRequest>""".formatted(number, xml(payload), department));
            String answer = soap(token, """
                    <hr:ReportResignationRequest><hr:messageId>%1$s-r</hr:messageId><hr:employeeNumber>%1$s</hr:employeeNumber>
                      <hr:noticeDate>%2$s</hr:noticeDate><hr:lastDay>%3$s</hr:lastDay><hr:statedReason>%4$s</hr:statedReason>
                    </hr:ReportResignationRequest>""".formatted(
                            number, LocalDate.now(), LocalDate.now().plusMonths(1), xml(payload)));
            Matcher caseId = CASE_ID.matcher(answer);
            assertTrue(caseId.find(), answer);

            HttpResponse<String> page = hr.get("/offboarding/case.xhtml?id=" + caseId.group(1));
            assertEquals(200, page.statusCode());
            assertFalse(page.body().contains(payload), "unescaped payload on the case page: " + payload);
            assertTrue(
                    page.body().contains(html(payload))
                            || page.body().contains(html(payload).replace("&quot;", "\"")),
                    "the payload is shown as text: " + html(payload));
        }
    }

    @Test
    void sqlLookingSearchInputIsJustText() throws Exception {
        String token = Tokens.forUser("alumni.yamada", "demo");
        for (String attack : List.of("' or 1=1 --", "x'; drop table employee; --", "%' union select 1 --")) {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:"
                                    + Browser.httpPort() + "/alumni-ws/api/directory?text="
                                    + java.net.URLEncoder.encode(attack, java.nio.charset.StandardCharsets.UTF_8)))
                            .header("Authorization", "Bearer " + token)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.body().startsWith("{\"total\":0"), attack + " matched nobody: " + response.body());
        }
    }

    private static String soap(String token, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + Browser.httpPort() + "/alumni-ws/soap/hr/v1"))
                        .header("Content-Type", "text/xml; charset=UTF-8")
                        .header("SOAPAction", "\"\"")
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString("""
                        <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:hr="urn:kizuna:alumni:hr:v1">
                        <soapenv:Body>%s</soapenv:Body></soapenv:Envelope>""".formatted(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** How Faces escapes text: & < > always, quotes in attributes (in element content they may stay). */
    private static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
