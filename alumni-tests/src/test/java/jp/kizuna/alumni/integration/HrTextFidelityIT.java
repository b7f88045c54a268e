package jp.kizuna.alumni.integration;

import static jp.kizuna.alumni.integration.HrClient.basic;
import static jp.kizuna.alumni.integration.HrClient.element;
import static jp.kizuna.alumni.integration.HrClient.envelope;
import static jp.kizuna.alumni.integration.HrClient.json;
import static jp.kizuna.alumni.integration.HrClient.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kizuna.alumni.e2e.WebSession;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.Poll;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Japanese names as HR systems really send them, over the wire: in over SOAP (UTF-8 and Shift_JIS),
 * back over REST, out as UTF-8 and Shift_JIS files and in again through the import screen. Every
 * name arrives unchanged or is refused with a reason; none is silently altered.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HrTextFidelityIT {

    private static final Charset MS932 = Charset.forName("windows-31j");
    private static final String HR_SYNC = basic("hr-sync", "demo");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.fullApplication();
    }

    private final String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private String token;

    @BeforeEach
    void signIn() throws Exception {
        token = HrClient.serviceAccountToken();
    }

    /** One employee as the test sends it; kana is what is sent, storedKana what must be kept. */
    private record Person(String number, String familyName, String givenName, String kana, String storedKana) {

        String soap() {
            return "<hr:employee><hr:employeeNumber>" + number + "</hr:employeeNumber><hr:familyName>" + familyName
                    + "</hr:familyName><hr:givenName>" + givenName + "</hr:givenName>"
                    + (kana == null ? "" : "<hr:familyNameKana>" + kana + "</hr:familyNameKana>") + "</hr:employee>";
        }

        String json() {
            return "{\"employeeNumber\":\"" + number + "\",\"familyName\":\"" + familyName + "\",\"givenName\":\""
                    + givenName + "\"" + (kana == null ? "" : ",\"familyNameKana\":\"" + kana + "\"") + "}";
        }

        /** The row of this employee in an exported file, up to the kana column. */
        String exportedStart() {
            return number + "," + familyName + "," + givenName + "," + (storedKana == null ? "" : storedKana) + ",";
        }
    }

    private static String upsert(String messageId, List<Person> people) {
        return envelope("<hr:UpsertEmployeesRequest><hr:messageId>" + messageId + "</hr:messageId>"
                + String.join("", people.stream().map(Person::soap).toList()) + "</hr:UpsertEmployeesRequest>");
    }

    private static String array(List<Person> people) {
        return "[" + String.join(",", people.stream().map(Person::json).toList()) + "]";
    }

    private static List<String> outcomes(HttpResponse<String> rest) {
        assertEquals(200, rest.statusCode(), rest.body());
        JsonArray results = json(rest).getJsonArray("results");
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            JsonObject result = results.getJsonObject(i);
            outcomes.add(result.getString("outcome")
                    + (result.containsKey("errorCode") && !result.isNull("errorCode")
                            ? " " + result.getString("errorCode")
                            : ""));
        }
        return outcomes;
    }

    @Test
    void japaneseNamesTravelUnchangedOrAreRefusedWithAReason() throws Exception {
        Person kanji = new Person("T1" + suffix, "髙﨑", "①～", "タカサキ", "タカサキ");
        Person dashes = new Person("T2" + suffix, "〜田", "−郎", "ナミダ", "ナミダ");
        Person halfWidth = new Person("T3" + suffix, "ｶﾞ山", "一", "ｶﾞﾔﾏ", "ガヤマ");
        Person yoshi = new Person("T4" + suffix, "𠮷田", "太郎", "ヨシダ", "ヨシダ");
        Person emoji = new Person("T5" + suffix, "佐藤", "花子😀", null, null);
        List<Person> everyone = List.of(kanji, dashes, halfWidth, yoshi, emoji);

        // In over SOAP: all taken as sent (the readings of half-width kana full-width).
        HttpResponse<String> soap = HrClient.soap(HR_SYNC, upsert("tf-" + suffix, everyone));
        assertEquals(200, soap.statusCode(), soap.body());
        assertEquals("5", element(soap.body(), "created"), soap.body());

        // Back over REST: the same texts are what is stored, to the character (nothing to update).
        assertEquals(
                List.of("UNCHANGED", "UNCHANGED", "UNCHANGED", "UNCHANGED", "UNCHANGED"),
                outcomes(send("PUT", "/hr/v1/employees", token, "tf-rest-" + suffix, array(everyone))));
        // ... and a look-alike is a change, not the same name: ～ is not 〜.
        Person lookAlike = new Person(dashes.number(), "～田", dashes.givenName(), "ナミダ", "ナミダ");
        assertEquals(
                List.of("UPDATED"),
                outcomes(send("PUT", "/hr/v1/employees", token, "tf-alike-" + suffix, array(List.of(lookAlike)))));
        assertEquals(
                List.of("UPDATED"),
                outcomes(send("PUT", "/hr/v1/employees", token, "tf-back-" + suffix, array(List.of(dashes)))));

        // Out as UTF-8: every name as stored.
        WebSession hr = WebSession.signedIn("hr.admin", "demo");
        HttpResponse<byte[]> utf8 = export(hr, "exportUtf8");
        assertTrue(
                utf8.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
                new String(utf8.body(), StandardCharsets.UTF_8));
        String utf8Text = new String(utf8.body(), StandardCharsets.UTF_8);
        for (Person person : everyone) {
            assertTrue(
                    utf8Text.contains("\r\n" + person.exportedStart()), person + " in\n" + excerpt(utf8Text, person));
        }

        // Out as Shift_JIS: refused, naming the employees whose names it cannot hold; no file with "?".
        HttpResponse<byte[]> refused = export(hr, "exportShiftJis");
        String page = new String(refused.body(), StandardCharsets.UTF_8);
        assertTrue(page.contains("have characters Shift_JIS cannot hold, so no Shift_JIS file was made"), page);
        assertTrue(page.contains(yoshi.number() + " (𠮷)"), page);
        assertTrue(page.contains(emoji.number() + " (😀)"), page);
        assertFalse(page.contains(kanji.number()), "髙﨑①～ are Shift_JIS characters");

        // HR corrects those two names in the HR system; now the Shift_JIS file is made.
        Person yoshiCorrected = new Person(yoshi.number(), "吉田", "太郎", "ヨシダ", "ヨシダ");
        Person emojiCorrected = new Person(emoji.number(), "佐藤", "花子", null, null);
        assertEquals(
                List.of("UPDATED", "UPDATED"),
                outcomes(send(
                        "PUT",
                        "/hr/v1/employees",
                        token,
                        "tf-fix-" + suffix,
                        array(List.of(yoshiCorrected, emojiCorrected)))));
        HttpResponse<byte[]> sjis = export(hr, "exportShiftJis");
        assertTrue(
                sjis.headers().firstValue("Content-Type").orElse("").contains("Shift_JIS"),
                new String(sjis.body(), StandardCharsets.UTF_8));
        String sjisText = new String(sjis.body(), MS932);
        // The MS932 twins: 〜 as ～ (0x8160), − as － (0x817C); the rest exactly.
        assertTrue(sjisText.contains("\r\n" + dashes.number() + ",～田,－郎,ナミダ,"), excerpt(sjisText, dashes));
        assertTrue(sjisText.contains("\r\n" + kanji.exportedStart()), excerpt(sjisText, kanji));
        assertTrue(sjisText.contains("\r\n" + halfWidth.exportedStart()), excerpt(sjisText, halfWidth));
        assertFalse(excerpt(sjisText, dashes).contains("?"));

        // In again through the import screen, as Shift_JIS, with one new row that tells when it is done.
        String sentinel = "TZ" + suffix;
        // The row has as many cells as the exported header has columns (a row with fewer is refused).
        int columns = sjisText.substring(0, sjisText.indexOf("\r\n")).split(",", -1).length;
        byte[] file = concat(sjis.body(), (sentinel + ",山田,太郎" + ",".repeat(columns - 3) + "\r\n").getBytes(MS932));
        HttpResponse<String> started = importFile(hr, file, "SHIFT_JIS");
        assertTrue(started.body().contains("id=\"run:status\""), started.body());
        Poll.until(
                "the Shift_JIS file to be imported",
                Duration.ofSeconds(120),
                () -> "integration.case.none".equals(knownAs(sentinel)));

        // The round trip changed nothing: the stored 〜 and − are still 〜 and −, not ～ and －.
        assertEquals(
                List.of("UNCHANGED", "UNCHANGED", "UNCHANGED", "UNCHANGED", "UNCHANGED"),
                outcomes(send(
                        "PUT",
                        "/hr/v1/employees",
                        token,
                        "tf-after-" + suffix,
                        array(List.of(kanji, dashes, halfWidth, yoshiCorrected, emojiCorrected)))));
    }

    @Test
    void bodiesLabelledShiftJisAreReadAsWindows31j() throws Exception {
        Person person = new Person("TS" + suffix, "髙橋", "～①", "タカハシ", "タカハシ");
        HttpResponse<String> soap = post(
                HrClient.SOAP,
                HR_SYNC,
                "text/xml; charset=Shift_JIS",
                null,
                ("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>" + upsert("tsj-" + suffix, List.of(person)))
                        .getBytes(MS932));
        assertEquals(200, soap.statusCode(), soap.body());
        assertEquals("1", element(soap.body(), "created"), soap.body());
        assertEquals(
                List.of("UNCHANGED"),
                outcomes(send("PUT", "/hr/v1/employees", token, "tsj-utf8-" + suffix, array(List.of(person)))));

        Person rest = new Person("TR" + suffix, "﨑山", "①～", null, null);
        HttpResponse<String> json = post(
                HrClient.BASE + "/api/hr/v1/employees",
                token,
                "application/json; charset=Shift_JIS",
                "tsj-rest-" + suffix,
                array(List.of(rest)).getBytes(MS932));
        assertEquals(List.of("CREATED"), outcomes(json));
        assertEquals(
                List.of("UNCHANGED"),
                outcomes(send("PUT", "/hr/v1/employees", token, "tsj-rest2-" + suffix, array(List.of(rest)))));

        for (String charset : List.of("ISO-8859-1", "UTF-16", "EUC-JP")) {
            HttpResponse<String> unsupported = post(
                    HrClient.BASE + "/api/hr/v1/employees",
                    token,
                    "application/json; charset=" + charset,
                    "tsj-415-" + charset + suffix,
                    array(List.of(rest)).getBytes(StandardCharsets.UTF_8));
            assertEquals(415, unsupported.statusCode(), charset + ": " + unsupported.body());
            assertEquals("integration.json.charset", json(unsupported).getString("code"));
            assertTrue(json(unsupported).getString("textJa").contains("UTF-8"));
        }
        HttpResponse<String> broken = post(
                HrClient.BASE + "/api/hr/v1/employees",
                token,
                "application/json; charset=UTF-8",
                "tsj-bad-" + suffix,
                array(List.of(rest)).getBytes(MS932));
        assertEquals(400, broken.statusCode(), broken.body());
        assertEquals("integration.request.undecodable", json(broken).getString("code"));

        // A byte sequence that is not Windows-31J inside a name: refused as the sender's error, nothing applied.
        Person undecodable = new Person("TB" + suffix, "@@", "太郎", null, null);
        String[] around = upsert("tsj-bad-" + suffix, List.of(undecodable)).split("@@");
        HttpResponse<String> brokenSoap = post(
                HrClient.SOAP,
                HR_SYNC,
                "text/xml; charset=Shift_JIS",
                null,
                concat(concat(around[0].getBytes(MS932), new byte[] {(byte) 0x81, 0x20}), around[1].getBytes(MS932)));
        assertEquals(500, brokenSoap.statusCode(), brokenSoap.body());
        assertTrue(brokenSoap.body().contains("<faultcode>soap:Client</faultcode>"), brokenSoap.body());
        assertTrue(brokenSoap.body().contains("integration.request.undecodable"), brokenSoap.body());
        assertEquals("identity.employee.unknown", knownAs(undecodable.number()));
    }

    @Test
    void everyChannelRefusesControlCharactersBrokenTextAndInexactDates() throws Exception {
        String n = "TV" + suffix;
        HttpResponse<String> rest =
                send("PUT", "/hr/v1/employees", token, "tv-" + suffix, """
                [{"employeeNumber":"%1$s1","familyName":"山\\u0000田","givenName":"太郎"},
                 {"employeeNumber":"%1$s2","familyName":"山田","givenName":"\\ud842"},
                 {"employeeNumber":"%1$s3","familyName":"%2$s","givenName":"太郎"},
                 {"employeeNumber":"%1$s4","familyName":"%2$s𠮷","givenName":"太郎"},
                 {"employeeNumber":"%1$s5","familyName":"山田","givenName":"太郎","familyNameKana":"ﾔﾏﾀﾞ"}]""".formatted(n, "𠮷".repeat(100)));
        assertEquals(
                List.of(
                        "REJECTED integration.text.control",
                        "REJECTED integration.text.surrogate",
                        "CREATED",
                        "REJECTED integration.record.tooLong",
                        "CREATED"),
                outcomes(rest));
        JsonObject nul = json(rest).getJsonArray("results").getJsonObject(0);
        assertTrue(nul.getString("errorText").contains("U+0000"), nul.toString());
        assertTrue(nul.getString("errorTextJa").contains("制御文字"), nul.toString());

        HttpResponse<String> unknownField = send(
                "PUT",
                "/hr/v1/employees",
                token,
                "tv-u-" + suffix,
                "[{\"employeeNumber\":\"" + n
                        + "6\",\"familyName\":\"山田\",\"givenName\":\"太郎\",\"hiredate\":\"2020-04-01\"}]");
        assertEquals(400, unknownField.statusCode(), unknownField.body());
        assertEquals("integration.json.invalid", json(unknownField).getString("code"));
        assertEquals("identity.employee.unknown", knownAs(n + "6"));

        HttpResponse<String> trailingDate = send(
                "PUT",
                "/hr/v1/employees",
                token,
                "tv-d-" + suffix,
                "[{\"employeeNumber\":\"" + n
                        + "7\",\"familyName\":\"山田\",\"givenName\":\"太郎\",\"hireDate\":\"2020-04-01x\"}]");
        assertEquals(400, trailingDate.statusCode(), trailingDate.body());

        String farFuture = LocalDate.now().plusYears(2).toString();
        HttpResponse<String> resignation = send(
                "POST",
                "/hr/v1/resignations",
                token,
                "tv-r-" + suffix,
                "{\"employeeNumber\":\"" + n + "3\",\"noticeDate\":\"" + LocalDate.now() + "\",\"lastDay\":\""
                        + farFuture + "\"}");
        assertEquals(422, resignation.statusCode(), resignation.body());
        assertEquals("integration.date.tooLate", json(resignation).getString("code"));

        // SOAP: XML cannot carry NUL, but it can carry C1 controls; and xs:date allows no trailing text.
        HttpResponse<String> soap = HrClient.soap(
                HR_SYNC,
                upsert(
                        "tv-s-" + suffix,
                        List.of(
                                new Person(n + "8", "山&#x85;田", "太郎", null, null),
                                new Person(n + "9", "𠮷".repeat(100), "太郎", "ﾀﾞｲｺﾞ", "ダイゴ"))));
        assertEquals(200, soap.statusCode(), soap.body());
        assertTrue(soap.body().contains("integration.text.control"), soap.body());
        assertEquals("1", element(soap.body(), "created"), soap.body());
        HttpResponse<String> soapDate = HrClient.soap(
                HR_SYNC,
                envelope("<hr:UpsertEmployeesRequest><hr:messageId>tv-sd-"
                        + suffix + "</hr:messageId><hr:employee><hr:employeeNumber>" + n + "A</hr:employeeNumber>"
                        + "<hr:familyName>山田</hr:familyName><hr:givenName>太郎</hr:givenName>"
                        + "<hr:hireDate>2020-04-01junk</hr:hireDate></hr:employee></hr:UpsertEmployeesRequest>"));
        assertTrue(soapDate.body().contains("InvalidDate"), soapDate.body());
        assertTrue(soapDate.body().contains("integration.date.invalid"), soapDate.body());
        assertEquals("identity.employee.unknown", knownAs(n + "A"));

        // HR corrects the names the Shift_JIS export cannot hold, so that they do not block other exports.
        assertEquals(
                List.of("UPDATED", "UPDATED"),
                outcomes(send(
                        "PUT",
                        "/hr/v1/employees",
                        token,
                        "tv-fix-" + suffix,
                        array(List.of(
                                new Person(n + "3", "吉田", "太郎", null, null),
                                new Person(n + "9", "吉田", "太郎", "ダイゴ", "ダイゴ"))))));
    }

    private static HttpResponse<byte[]> export(WebSession session, String button) throws Exception {
        HttpResponse<String> page = session.get("/admin/imports.xhtml");
        StringBuilder form = new StringBuilder("export=export&export%3A" + button + "=");
        WebSession.formState(page.body())
                .forEach((name, value) -> form.append('&')
                        .append(name)
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return session.postForBytes("/admin/imports.xhtml", form.toString());
    }

    private static HttpResponse<String> importFile(WebSession session, byte[] content, String encoding)
            throws Exception {
        HttpResponse<String> page = session.get("/admin/imports.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("import", "import");
        fields.put("import:encoding", encoding);
        fields.put("import:start", "");
        fields.putAll(WebSession.formState(page.body()));
        return session.postMultipart(
                "/admin/imports.xhtml", fields, "import:file_input", "employees.csv", "text/csv", content);
    }

    private static HttpResponse<String> post(
            String url, String authorization, String contentType, String key, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType)
                .header("Authorization", authorization);
        if (url.contains("/soap/")) {
            request.header("SOAPAction", "\"\"").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        } else {
            request.header("Idempotency-Key", key).PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The error code the REST interface answers for the employee's case: unknown employee, or no case. */
    private String knownAs(String employeeNumber) throws Exception {
        return json(HrClient.get(HrClient.BASE + "/api/hr/v1/employees/" + employeeNumber + "/offboarding-case", token))
                .getString("code");
    }

    private static String excerpt(String file, Person person) {
        int at = file.indexOf(person.number());
        return at < 0 ? "(no row " + person.number() + ")" : file.substring(at, Math.min(file.length(), at + 120));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
