package jp.kizuna.alumni.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import jp.kizuna.alumni.it.AsAlumnus;
import jp.kizuna.alumni.it.AsEmployee;
import jp.kizuna.alumni.it.AsHrAdmin;
import jp.kizuna.alumni.it.AsHrSystem;
import jp.kizuna.alumni.it.AsManager;
import jp.kizuna.alumni.it.Caller;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.network.NetworkTestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.UnhandledAlertException;

/**
 * Script typed into any free-text field (HR's case reasons, retention offer, interview notes, news,
 * events and openings; an alumnus's employer, role, region, history, bio and skills; HR-fed
 * department names, which also feed a chart's script) is stored as typed, through the EJB services
 * as the user who types it, and every page that shows it, opened in a real browser, shows it as text:
 * no element, attribute, event handler or {@code javascript:} link comes out of it, no alert runs,
 * and the text itself is there, unaltered, for the reader (or in the form field for the writer).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EnteredTextEscapingIT {

    /** Each payload calls alert with the marker {@code M}, so a live one is recognisable. */
    private static final List<String> CORPUS = List.of(
            "<script>alert('M')</script>",
            "\"><img src=x onerror=alert('M')>",
            "javascript:alert('M')",
            "<svg onload=alert('M')>",
            "'\" onmouseover=\"alert('M')\" x='",
            "</textarea><script>alert('M')</script>",
            "</script><script>alert('M')</script><!--");

    /** What a payload left behind as live markup: event handlers, javascript: URLs, its own script elements. */
    private static final String LIVE_MARKUP = """
            const marker = arguments[0], found = [];
            for (const e of document.querySelectorAll('*')) {
              for (const a of e.attributes) {
                const name = a.name.toLowerCase(), value = a.value.trim().toLowerCase();
                if (name.startsWith('on') && a.value.includes(marker)) found.push(e.tagName + ' ' + a.name + '=' + a.value);
                if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(name)
                    && value.startsWith('javascript:')) found.push(e.tagName + ' ' + a.name + '=' + a.value);
              }
              if (e.tagName === 'SCRIPT' && e.textContent.trim() === "alert('" + marker + "')") found.push('SCRIPT ' + e.textContent);
              if ((e.tagName === 'IMG' && e.getAttribute('src') === 'x') || (e.tagName.toLowerCase() === 'svg'
                  && e.outerHTML.includes(marker))) found.push(e.outerHTML);
            }
            return found;""";

    /** The payload as text somewhere on the page, or as the value of a form field. */
    private static final String SHOWN = """
            const payload = arguments[0];
            if (document.body.textContent.includes(payload)) return true;
            for (const f of document.querySelectorAll('input, textarea')) if (f.value.includes(payload)) return true;
            return false;""";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.fullApplicationWithModules(
                "<module><ejb>escaping-e2e.jar</ejb></module>",
                "<module><web><web-uri>escaping-e2e.war</web-uri><context-root>/escaping-e2e</context-root></web></module>");
        ear.addAsModule(ShrinkWrap.create(JavaArchive.class, "escaping-e2e.jar")
                .addClasses(
                        EnteredTextSeed.class,
                        NetworkTestData.class,
                        Caller.class,
                        Caller.Work.class,
                        AsHrAdmin.class,
                        AsManager.class,
                        AsEmployee.class,
                        AsAlumnus.class,
                        AsHrSystem.class)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml"));
        return ear.addAsModule(
                ShrinkWrap.create(WebArchive.class, "escaping-e2e.war").addClass(EnteredTextSeedServlet.class));
    }

    @Test
    void everyPayloadIsShownAsTextWhereHrAndTheDirectoryShowIt() throws Exception {
        List<String> problems = new ArrayList<>();
        try (Browser hr = Browser.open(Locale.JAPANESE)) {
            hr.signIn("/index.xhtml", "hr.admin", "demo");
            for (String template : CORPUS) {
                String marker = "xss" + UUID.randomUUID().toString().substring(0, 8);
                String payload = template.replace("M", marker);
                String[] ids = seed(payload, marker).split(" ");
                String caseId = ids[0];
                String interviewId = ids[1];
                String opportunityId = ids[2];

                check(
                        hr,
                        "/offboarding/case.xhtml?id=" + caseId,
                        payload,
                        marker,
                        problems,
                        page -> Arrays.asList(
                                field(page, "case-stated", "textContent"),
                                field(page, "case:tabs:realText", "value"),
                                text(page, "#case\\:tabs\\:offers")));
                check(
                        hr,
                        "/offboarding/interview.xhtml?case=" + caseId + "&interview=" + interviewId,
                        payload,
                        marker,
                        problems,
                        page -> Arrays.asList(field(page, "interview:notes", "value")));
                check(
                        hr,
                        "/network/index.xhtml",
                        payload,
                        marker,
                        problems,
                        page -> Arrays.asList(text(page, "#opportunities"), text(page, "#engagement")));
                check(
                        hr,
                        "/network/opportunity.xhtml?id=" + opportunityId,
                        payload,
                        marker,
                        problems,
                        page -> Arrays.asList(field(page, "opportunity-title", "textContent")));
                check(
                        hr,
                        "/network/outreach.xhtml",
                        payload,
                        marker,
                        problems,
                        page -> Arrays.asList(
                                text(page, "#outreach\\:events\\:event-table"), text(page, "#outreach\\:news")));
                checkDirectory(hr, "/network/directory.xhtml", payload, marker, problems);

                // Each payload's alumnus is a new person with the login alumni.yamada: a new session finds them.
                try (Browser alumnus = Browser.open(Locale.JAPANESE)) {
                    alumnus.signIn("/portal/directory.xhtml", "alumni.yamada", "demo");
                    checkDirectory(alumnus, "/portal/directory.xhtml", payload, marker, problems);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyPayloadIsShownAsTextOnTheAlumnusPortal() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String template : CORPUS) {
            String marker = "xss" + UUID.randomUUID().toString().substring(0, 8);
            String payload = template.replace("M", marker);
            seed(payload, marker);
            try (Browser alumnus = Browser.open(Locale.JAPANESE)) {
                alumnus.signIn("/portal/index.xhtml", "alumni.yamada", "demo");
                check(
                        alumnus,
                        "/portal/profile.xhtml",
                        payload,
                        marker,
                        problems,
                        page -> Arrays.asList(
                                field(page, "profile:employer", "value"),
                                field(page, "profile:role", "value"),
                                field(page, "profile:region", "value"),
                                field(page, "profile:history", "value"),
                                field(page, "profile:bio", "value")));
                check(
                        alumnus,
                        "/portal/index.xhtml",
                        payload,
                        marker,
                        problems,
                        page -> Arrays.asList(
                                text(page, "#feed-news"),
                                text(page, "#feed-events"),
                                text(page, "#tabs\\:opportunities"),
                                text(page, "#tabs\\:events"),
                                text(page, "#tabs\\:tab-news")));
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * Opens the page, looks for live markup made by the payload, and checks that the payload is shown;
     * {@code expected} reads the places where it must appear exactly (for a form field: its value).
     */
    private static void check(
            Browser browser,
            String path,
            String payload,
            String marker,
            List<String> problems,
            Function<Browser, List<String>> expected) {
        open(browser, path, problems);
        inspect(browser, path, payload, marker, problems);
        int place = 0;
        for (String shown : expected.apply(browser)) {
            place++;
            if (shown == null || !shown.contains(payload)) {
                problems.add(path + " place " + place + " shows " + shown + " instead of " + payload);
                keepPage(browser, path);
            }
        }
    }

    private static void checkDirectory(
            Browser browser, String path, String payload, String marker, List<String> problems) {
        open(browser, path, problems);
        browser.find("directory:text").sendKeys(marker);
        browser.find("directory:search").click();
        try {
            browser.wait(
                    d -> d.findElement(By.id("directory:results")).getText().contains(marker));
        } catch (UnhandledAlertException ran) {
            problems.add(path + " (search " + marker + "): a payload ran: alert " + ran.getAlertText());
            browser.wait(
                    d -> d.findElement(By.id("directory:results")).getText().contains(marker));
        }
        inspect(browser, path + " (search " + marker + ")", payload, marker, problems);
        String row = text(browser, "#directory\\:results");
        if (row == null || !row.contains(payload)) {
            problems.add(path + ": the directory entry does not show " + payload + ": " + row);
        }
    }

    /** Opens the page; a payload that runs opens an alert, which the browser dismisses and reports. */
    private static void open(Browser browser, String path, List<String> problems) {
        browser.go(path);
        for (int alerts = 0; alerts < 20; alerts++) {
            try {
                browser.find(By.className("app-footer"));
                return;
            } catch (UnhandledAlertException ran) {
                problems.add(path + ": a payload ran: alert " + ran.getAlertText());
            }
        }
    }

    /** Keeps the page a failed check was looking at, in target/, for the person reading the failure. */
    private static void keepPage(Browser browser, String path) {
        try {
            java.nio.file.Files.writeString(
                    java.nio.file.Path.of("target", "escaping" + path.replaceAll("[^A-Za-z0-9]+", "-") + ".html"),
                    browser.url() + "\n" + browser.driver().getPageSource());
        } catch (IOException ignored) {
            // the failure message itself still says what was wrong
        }
    }

    private static void inspect(Browser browser, String path, String payload, String marker, List<String> problems) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        @SuppressWarnings("unchecked")
        List<Object> live = (List<Object>) js.executeScript(LIVE_MARKUP, marker);
        if (!live.isEmpty()) {
            problems.add(path + ": live markup from " + payload + ": " + live);
        }
        if (!Boolean.TRUE.equals(js.executeScript(SHOWN, payload))) {
            problems.add(path + ": " + payload + " is not shown as text");
        }
    }

    private static String field(Browser browser, String id, String property) {
        return (String) ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "const e = document.getElementById(arguments[0]); return e == null ? null : e[arguments[1]];",
                        id,
                        property);
    }

    /** The text of an element, hidden (an inactive tab) or not. */
    private static String text(Browser browser, String selector) {
        return (String) ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "const e = document.querySelector(arguments[0]); return e == null ? null : e.textContent;",
                        selector);
    }

    private static String seed(String payload, String marker) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + Browser.httpPort() + "/escaping-e2e/seed"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8) + "&marker=" + marker))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body().strip();
    }
}
