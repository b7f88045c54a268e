package jp.kizuna.alumni.integration;

import static jp.kizuna.alumni.integration.HrClient.basic;
import static jp.kizuna.alumni.integration.HrClient.element;
import static jp.kizuna.alumni.integration.HrClient.envelope;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
 * Several HR systems send different messages at the same moment that touch the same new employee,
 * the same new department and overlapping existing employees, half over SOAP and half over REST,
 * each also reporting a resignation of an employee the others are updating. Every message must get
 * its normal answer (no fault, no 500, nothing rejected) and the stored state must be consistent:
 * each employee once, the department once, every manager linked, one case per resignation.
 * Clashes on unique keys show on PostgreSQL (bin/test); on H2 the same test passes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ParallelSendersIT {

    private static final int SENDERS = 8;
    private static final int ROUNDS = 4;
    private static final int OVERLAPPING = 8;
    private static final String HR_SYNC = basic("hr-sync", "demo");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.fullApplicationWithModules(
                "<module><web><web-uri>hr-state.war</web-uri><context-root>/hr-state</context-root></web></module>");
        return ear.addAsModule(
                ShrinkWrap.create(WebArchive.class, "hr-state.war").addClass(HrStateServlet.class));
    }

    private final String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    /** One employee as both wire formats carry it. */
    private record Person(String number, String family, String given, String title, String department, String manager) {

        String soap() {
            StringBuilder xml = new StringBuilder("<hr:employee><hr:employeeNumber>")
                    .append(number)
                    .append("</hr:employeeNumber><hr:familyName>")
                    .append(family)
                    .append("</hr:familyName><hr:givenName>")
                    .append(given)
                    .append("</hr:givenName><hr:jobTitle>")
                    .append(title)
                    .append("</hr:jobTitle>");
            if (department != null) {
                xml.append("<hr:departmentCode>")
                        .append(department)
                        .append("</hr:departmentCode><hr:departmentNameJa>")
                        .append(
                                "並行開発部</hr:departmentNameJa><hr:departmentNameEn>Parallel Development</hr:departmentNameEn>");
            }
            if (manager != null) {
                xml.append("<hr:managerNumber>").append(manager).append("</hr:managerNumber>");
            }
            return xml.append("<hr:hireDate>2015-04-01</hr:hireDate></hr:employee>")
                    .toString();
        }

        String json() {
            return """
                    {"employeeNumber":"%s","familyName":"%s","givenName":"%s","jobTitle":"%s",%s\
                    "managerNumber":%s,"hireDate":"2015-04-01"}""".formatted(
                            number,
                            family,
                            given,
                            title,
                            department == null
                                    ? ""
                                    : "\"departmentCode\":\"" + department
                                            + "\",\"departmentNameJa\":\"並行開発部\",\"departmentNameEn\":\"Parallel Development\",",
                            manager == null ? "null" : "\"" + manager + "\"");
        }
    }

    private static String soapUpsert(String messageId, List<Person> people) {
        StringBuilder body = new StringBuilder("<hr:UpsertEmployeesRequest><hr:messageId>")
                .append(messageId)
                .append("</hr:messageId>");
        people.forEach(person -> body.append(person.soap()));
        return envelope(body.append("</hr:UpsertEmployeesRequest>").toString());
    }

    private static String jsonUpsert(List<Person> people) {
        return "[" + String.join(",", people.stream().map(Person::json).toList()) + "]";
    }

    /** What a sender got back, as the test judges it: null when it is the normal answer. */
    private record Answer(String sent, int status, String body, String problem) {}

    @Test
    void concurrentSendersOverSoapAndRestAllGetTheirNormalAnswerAndTheStateStaysConsistent() throws Exception {
        String restToken = HrClient.serviceAccountToken();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                sendOneRound(senders, "P" + suffix + round, restToken);
            }
        } finally {
            senders.shutdownNow();
        }
    }

    private void sendOneRound(ExecutorService senders, String prefix, String restToken) throws Exception {
        String department = "PD" + prefix;
        String manager = prefix + "-M";
        String shared = prefix + "-S";
        List<Person> existing = new ArrayList<>();
        for (int i = 0; i < OVERLAPPING; i++) {
            existing.add(new Person(prefix + "-E" + i, "既存", "社員" + i, "担当", null, null));
        }
        HttpResponse<String> setup = HrClient.soap(HR_SYNC, soapUpsert("setup-" + prefix, existing));
        assertEquals(200, setup.statusCode(), setup.body());
        assertEquals(String.valueOf(OVERLAPPING), element(setup.body(), "created"), setup.body());

        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Answer>>> sent = new ArrayList<>();
        Map<Integer, String> firstAnswers = new HashMap<>();
        List<List<Person>> batches = new ArrayList<>();
        for (int sender = 0; sender < SENDERS; sender++) {
            int me = sender;
            List<Person> batch = new ArrayList<>();
            batch.add(new Person(manager, "髙橋", "誠", "部長", department, null));
            batch.add(new Person(shared, "共有", "新人", "主任", department, manager));
            batch.add(new Person(prefix + "-N" + me, "個別", "新人" + me, "担当", department, manager));
            // Every sender updates every existing employee, each to its own job title: overlapping updates.
            existing.forEach(person -> batch.add(
                    new Person(person.number(), person.family(), person.given(), "担当" + me, department, manager)));
            batches.add(batch);
            String resigning = existing.get(me % OVERLAPPING).number();
            Callable<List<Answer>> work = () -> {
                start.await();
                return me % 2 == 0
                        ? overSoap(prefix, me, batch, resigning)
                        : overRest(prefix, me, batch, resigning, restToken);
            };
            sent.add(senders.submit(work));
        }
        start.countDown();
        List<String> problems = new ArrayList<>();
        for (int sender = 0; sender < SENDERS; sender++) {
            List<Answer> answers = sent.get(sender).get(5, TimeUnit.MINUTES);
            firstAnswers.put(sender, answers.get(0).body());
            answers.stream()
                    .filter(answer -> answer.problem() != null)
                    .forEach(answer -> problems.add(answer.sent() + ": " + answer.problem() + " — HTTP "
                            + answer.status() + " " + answer.body()));
        }
        assertTrue(
                problems.isEmpty(),
                prefix + ": every sender gets its normal answer, but:\n" + String.join("\n", problems));

        // Exactly once still: a re-delivery after the race gets the stored answer and changes nothing.
        assertEquals(
                firstAnswers.get(0),
                overSoap(prefix, 0, batches.get(0), null).get(0).body(),
                "a re-delivered message gets its first answer");

        List<String> state = HrClient.get(
                        "http://localhost:" + (8080 + Integer.getInteger("alumni.port.offset", 0))
                                + "/hr-state/state?prefix=" + prefix + "-&code=" + department,
                        null)
                .body()
                .lines()
                .toList();
        assertEquals("department " + department + " 1", state.get(state.size() - 1), "the new department once");
        List<String> employees = state.subList(0, state.size() - 1);
        assertEquals(2 + SENDERS + OVERLAPPING, employees.size(), "each employee once: " + employees);
        assertTrue(employees.contains(manager + " " + department + " - 0"), employees.toString());
        for (String line : employees) {
            String[] fields = line.split(" ");
            if (!fields[0].equals(manager)) {
                assertEquals(department, fields[1], line);
                assertEquals(manager, fields[2], "manager linked: " + line);
            }
            boolean resigned =
                    fields[0].contains("-E") && Integer.parseInt(fields[0].substring(fields[0].length() - 1)) < SENDERS;
            assertEquals(resigned ? "1" : "0", fields[3], "one case per resignation: " + line);
        }
    }

    private static String resignationXml(String messageId, String number) {
        return envelope("<hr:ReportResignationRequest><hr:messageId>" + messageId + "</hr:messageId><hr:employeeNumber>"
                + number + "</hr:employeeNumber><hr:noticeDate>2026-11-20</hr:noticeDate><hr:lastDay>2027-01-31"
                + "</hr:lastDay><hr:statedReason>家業を継ぐため</hr:statedReason></hr:ReportResignationRequest>");
    }

    /** The upsert and, unless {@code resigning} is null, the resignation over SOAP. */
    private static List<Answer> overSoap(String prefix, int me, List<Person> batch, String resigning) throws Exception {
        List<Answer> answers = new ArrayList<>();
        String messageId = "par-" + prefix + "-" + me;
        HttpResponse<String> upsert = HrClient.soap(HR_SYNC, soapUpsert(messageId, batch));
        String problem = upsert.statusCode() != 200 || upsert.body().contains("Fault>")
                ? "a fault"
                : !"0".equals(element(upsert.body(), "rejected")) ? "records rejected" : null;
        answers.add(new Answer("SOAP UpsertEmployees " + messageId, upsert.statusCode(), upsert.body(), problem));
        if (resigning != null) {
            HttpResponse<String> resignation = HrClient.soap(HR_SYNC, resignationXml("res-" + messageId, resigning));
            problem = resignation.statusCode() != 200 || resignation.body().contains("Fault>")
                    ? "a fault"
                    : !"NOTICE_RECEIVED".equals(element(resignation.body(), "status")) ? "no case opened" : null;
            answers.add(new Answer(
                    "SOAP ReportResignation " + resigning, resignation.statusCode(), resignation.body(), problem));
        }
        return answers;
    }

    private static List<Answer> overRest(String prefix, int me, List<Person> batch, String resigning, String token)
            throws Exception {
        List<Answer> answers = new ArrayList<>();
        String messageId = "par-" + prefix + "-" + me;
        HttpResponse<String> upsert = HrClient.send("PUT", "/hr/v1/employees", token, messageId, jsonUpsert(batch));
        String problem = null;
        if (upsert.statusCode() != 200) {
            problem = "not 200";
        } else {
            JsonObject answer = HrClient.json(upsert);
            if (answer.getInt("rejected") != 0 || answer.getJsonArray("results").size() != batch.size()) {
                problem = "records rejected or missing";
            }
        }
        answers.add(new Answer("REST PUT employees " + messageId, upsert.statusCode(), upsert.body(), problem));
        HttpResponse<String> resignation =
                HrClient.send("POST", "/hr/v1/resignations", token, "res-" + messageId, """
                {"employeeNumber":"%s","noticeDate":"2026-11-20","lastDay":"2027-01-31","statedReason":"家業を継ぐため"}""".formatted(resigning));
        answers.add(new Answer(
                "REST POST resignations " + resigning,
                resignation.statusCode(),
                resignation.body(),
                resignation.statusCode() == 201 ? null : "not 201"));
        return answers;
    }
}
