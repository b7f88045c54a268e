package jp.kizuna.alumni.integration;

import static jp.kizuna.alumni.integration.HrClient.basic;
import static jp.kizuna.alumni.integration.HrClient.element;
import static jp.kizuna.alumni.integration.HrClient.envelope;
import static jp.kizuna.alumni.integration.HrClient.json;
import static jp.kizuna.alumni.integration.HrClient.send;
import static jp.kizuna.alumni.integration.HrClient.soap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import jp.kizuna.alumni.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 等級 (job grade) over the wire, contract v1 revision 1.1: an HR system sends it as the optional last
 * element over SOAP and as an optional property over REST and it is stored; a sender written for 1.0
 * (no grade) keeps working and leaves the stored grade as it is; the grade obeys its limit like every
 * text of the contract. The stored values are read straight from the table ({@link HrStateServlet}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JobGradeWireIT {

    private static final String HR_SYNC = basic("hr-sync", "demo");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.fullApplicationWithModules(
                "<module><web><web-uri>hr-state.war</web-uri><context-root>/hr-state</context-root></web></module>");
        return ear.addAsModule(
                ShrinkWrap.create(WebArchive.class, "hr-state.war").addClass(HrStateServlet.class));
    }

    private final String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    private static String soapEmployee(String number, String extra) {
        return "<hr:employee><hr:employeeNumber>" + number + "</hr:employeeNumber><hr:familyName>森</hr:familyName>"
                + "<hr:givenName>葵</hr:givenName>" + extra + "</hr:employee>";
    }

    private static String upsert(String messageId, String... employees) {
        return envelope("<hr:UpsertEmployeesRequest><hr:messageId>" + messageId + "</hr:messageId>"
                + String.join("", employees) + "</hr:UpsertEmployeesRequest>");
    }

    private List<String> grades(String prefix) throws Exception {
        return HrClient.get(
                        "http://localhost:" + (8080 + Integer.getInteger("alumni.port.offset", 0))
                                + "/hr-state/state?grades=1&prefix=" + prefix,
                        null)
                .body()
                .lines()
                .toList();
    }

    @Test
    void soapSendersOfBothRevisionsFit() throws Exception {
        String graded = "GS" + suffix;
        String plain = "GP" + suffix;
        HttpResponse<String> first = soap(
                HR_SYNC,
                upsert(
                        "grade-" + suffix,
                        soapEmployee(graded, "<hr:hireDate>2012-04-01</hr:hireDate><hr:jobGrade>M1</hr:jobGrade>"),
                        soapEmployee(plain, "<hr:hireDate>2015-04-01</hr:hireDate>")));
        assertEquals(200, first.statusCode(), first.body());
        assertEquals("2", element(first.body(), "created"), first.body());
        assertEquals(List.of(graded + " M1"), grades(graded));
        assertEquals(List.of(plain + " -"), grades(plain), "a record without a grade: none stored");

        // A 1.0 sender updates the graded employee without knowing grades: the grade stays.
        HttpResponse<String> older = soap(
                HR_SYNC,
                upsert(
                        "grade-old-" + suffix,
                        soapEmployee(graded, "<hr:jobTitle>課長</hr:jobTitle><hr:hireDate>2012-04-01</hr:hireDate>")));
        assertEquals("1", element(older.body(), "updated"), older.body());
        assertEquals(List.of(graded + " M1"), grades(graded));
        // Regraded by a 1.1 sender; a re-delivered message gets its first answer and changes nothing.
        String regrade = upsert(
                "grade-new-" + suffix,
                soapEmployee(graded, "<hr:hireDate>2012-04-01</hr:hireDate>" + "<hr:jobGrade>M2</hr:jobGrade>"));
        HttpResponse<String> regraded = soap(HR_SYNC, regrade);
        assertEquals("1", element(regraded.body(), "updated"), regraded.body());
        assertEquals(regraded.body(), soap(HR_SYNC, regrade).body());
        assertEquals(List.of(graded + " M2"), grades(graded));

        // The grade has the contract's limit (40 characters), checked like every text.
        HttpResponse<String> tooLong = soap(
                HR_SYNC,
                upsert(
                        "grade-long-" + suffix,
                        soapEmployee("GL" + suffix, "<hr:jobGrade>" + "等".repeat(41) + "</hr:jobGrade>")));
        assertTrue(
                tooLong.body().contains("integration.record.tooLong")
                        || tooLong.body().contains("Fault>"),
                tooLong.body());
        assertEquals(List.of(), grades("GL" + suffix));
    }

    @Test
    void restSendersOfBothRevisionsFit() throws Exception {
        String token = HrClient.serviceAccountToken();
        String number = "GR" + suffix;
        HttpResponse<String> sent = send(
                "PUT",
                "/hr/v1/employees",
                token,
                "rgrade-" + suffix,
                "[{\"employeeNumber\":\"" + number + "\",\"familyName\":\"森\",\"givenName\":\"葵\","
                        + "\"hireDate\":\"2018-04-01\",\"jobGrade\":\" S1 \"}]");
        assertEquals(200, sent.statusCode(), sent.body());
        assertEquals(1, json(sent).getInt("created"), sent.body());
        assertEquals(List.of(number + " S1"), grades(number), "stored trimmed, like every text");

        HttpResponse<String> older = send(
                "PUT",
                "/hr/v1/employees",
                token,
                "rgrade-old-" + suffix,
                "[{\"employeeNumber\":\"" + number + "\",\"familyName\":\"森\",\"givenName\":\"葵\","
                        + "\"hireDate\":\"2018-04-01\",\"jobTitle\":\"主任\"}]");
        assertEquals(200, older.statusCode(), older.body());
        assertEquals(1, json(older).getInt("updated"), older.body());
        assertEquals(List.of(number + " S1"), grades(number), "a 1.0 sender leaves the grade as it is");

        HttpResponse<String> tooLong = send(
                "PUT",
                "/hr/v1/employees",
                token,
                "rgrade-long-" + suffix,
                "[{\"employeeNumber\":\"" + number + "\",\"familyName\":\"森\",\"givenName\":\"葵\"," + "\"jobGrade\":\""
                        + "G".repeat(41) + "\"}]");
        assertEquals(200, tooLong.statusCode(), tooLong.body());
        assertEquals(
                "integration.record.tooLong",
                json(tooLong).getJsonArray("results").getJsonObject(0).getString("errorCode"),
                tooLong.body());
        assertEquals(List.of(number + " S1"), grades(number));
    }
}
