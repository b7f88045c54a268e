package jp.kizuna.alumni.offboarding.e2e;

import static jp.kizuna.alumni.offboarding.e2e.OffboardingBrowserIT.onFailure;
import static jp.kizuna.alumni.offboarding.e2e.OffboardingBrowserIT.type;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import jp.kizuna.alumni.e2e.Browser;
import jp.kizuna.alumni.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * HR reads a case's timeline and the audit log in their own language: who by name (not their sign-in
 * name), what in words (no enum codes), when to the minute. The audit log narrows to a period, a person
 * picked by their reading, an action and a kind of record, and downloads that selection as a CSV file
 * Excel opens correctly (byte order mark, 𠮷 kept, a formula-like cell neutralised); the download is
 * itself audited.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TimelineAndAuditBrowserIT {

    private static final Map<String, Map<String, String>> TEXTS = Map.of(
            "ja",
                    Map.of(
                            "hr",
                            "人事 花子",
                            "changed",
                            "ステータス変更",
                            "status",
                            "退職届受理 → 面談中",
                            "opened",
                            "ケース開始",
                            "source",
                            "人事 ",
                            "interviews",
                            "面談中",
                            "update",
                            "変更",
                            "employee",
                            "社員",
                            "export",
                            "エクスポート",
                            "auditLog",
                            "監査ログ"),
            "en",
                    Map.of(
                            "hr",
                            "JINJI Hanako",
                            "changed",
                            "Status changed",
                            "status",
                            "Notice received → Interviews",
                            "opened",
                            "Case opened",
                            "source",
                            "HR ",
                            "interviews",
                            "Interviews",
                            "update",
                            "Changed",
                            "employee",
                            "Employee",
                            "export",
                            "Exported",
                            "auditLog",
                            "Audit log"));

    private static final String MINUTE = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.fullApplicationWithModules(
                "<module><web><web-uri>names-e2e.war</web-uri><context-root>/names-e2e</context-root></web></module>");
        return ear.addAsModule(ShrinkWrap.create(WebArchive.class, "names-e2e.war")
                .addClass(NameSeed.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml"));
    }

    @Test
    void inJapanese() throws Exception {
        readsTimelineAndAuditLog(Locale.JAPANESE);
    }

    @Test
    void inEnglish() throws Exception {
        readsTimelineAndAuditLog(Locale.ENGLISH);
    }

    private void readsTimelineAndAuditLog(Locale locale) throws Exception {
        Map<String, String> t = TEXTS.get(locale.getLanguage());
        String[] seeded = seed().split("\t");
        String caseId = seeded[0];
        String number = seeded[1];
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        try (Browser browser = Browser.open(locale)) {
            onFailure(browser, "timeline-audit-" + locale.getLanguage(), () -> {
                browser.signIn("/offboarding/cases.xhtml", "hr.admin", "demo");
                browser.go("/offboarding/case.xhtml?id=" + caseId);
                browser.find("case:advance").click();
                browser.wait(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                        .click();
                browser.wait(d ->
                        t.get("interviews").equals(browser.find("case-status").getText()));

                browser.find(By.xpath("//a[contains(@href, 'tab-timeline')]")).click();
                browser.wait(d -> browser.find("timeline").isDisplayed());
                List<WebElement> lines = browser.find("timeline").findElements(By.tagName("li"));
                String timeline = browser.find("timeline").getText();
                assertTrue(lines.size() >= 2, timeline);
                for (WebElement line : lines) {
                    String when =
                            line.findElement(By.className("timeline-when")).getText();
                    assertTrue(when.matches(MINUTE), "to the minute: " + when);
                    assertEquals(
                            t.get("hr"),
                            line.findElement(By.className("timeline-who")).getText());
                }
                assertTrue(timeline.contains(t.get("changed") + " " + t.get("status")), timeline);
                assertTrue(timeline.contains(t.get("opened") + " " + t.get("source") + today), timeline);
                for (String code : List.of("hr.admin", "NOTICE_RECEIVED", "INTERVIEWS", "STATUS_CHANGED")) {
                    assertFalse(timeline.contains(code), code + " shown in\n" + timeline);
                }

                browser.go("/admin/audit.xhtml");
                type(browser, "audit:from_input", today.toString());
                type(browser, "audit:to_input", today.toString());
                WebElement person = browser.find("audit:actor_input");
                person.sendKeys("ジンジ");
                browser.wait(ExpectedConditions.elementToBeClickable(
                                By.xpath("//*[@id='audit:actor_panel']//li[contains(., '" + t.get("hr") + "')]")))
                        .click();
                choose(browser, "audit:action", t.get("update"));
                choose(browser, "audit:subject", t.get("employee"));
                browser.find("audit:search").click();
                // The table and the download link are redrawn by the same answer: the link names the query once it is
                // in.
                browser.wait(
                        d -> browser.find("export-csv").getAttribute("href").contains("actor=hr.admin"));
                List<List<String>> rows = browser.wait(d -> d.findElements(By.cssSelector("tr.audit-row")).stream()
                        .map(r -> r.findElements(By.tagName("td")).stream()
                                .map(WebElement::getText)
                                .toList())
                        .toList());
                List<String> cells = rows.stream()
                        .filter(r -> r.get(3).endsWith(number))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(rows.toString()));
                assertTrue(cells.get(0).matches(MINUTE), cells.get(0));
                assertEquals(t.get("hr"), cells.get(1));
                assertEquals(t.get("update"), cells.get(2));
                assertEquals(t.get("employee") + " " + number, cells.get(3));
                for (List<String> other : rows) {
                    assertEquals(
                            List.of(t.get("hr"), t.get("update")),
                            other.subList(1, 3),
                            "only what was asked for: " + other);
                }

                String href = browser.find("export-csv").getAttribute("href");
                assertTrue(
                        href.contains("from=" + today)
                                && href.contains("actor=hr.admin")
                                && href.contains("action=UPDATE"),
                        href);
                byte[] file = download(browser, href);
                assertArrayEquals(
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        Arrays.copyOf(file, 3),
                        "a byte order mark for Excel");
                String csv = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
                String header = csv.lines().findFirst().orElseThrow();
                assertTrue(header.contains(locale.getLanguage().equals("ja") ? "日時" : "When"), header);
                String line = csv.lines()
                        .filter(l -> l.contains(number))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(csv));
                assertTrue(
                        line.contains("," + t.get("hr") + ",hr.admin," + t.get("update") + "," + t.get("employee") + " "
                                + number),
                        line);
                assertTrue(
                        line.contains("\"'=HYPERLINK(\"\"http://example.com\"\") 𠮷野\""),
                        "neutralised, 𠮷 kept: " + line);

                browser.go("/admin/audit.xhtml");
                WebElement newest = browser.find(By.cssSelector("tr.audit-row"));
                String exported = newest.getText();
                assertTrue(
                        exported.contains(t.get("export"))
                                && exported.contains(t.get("auditLog"))
                                && exported.contains(t.get("hr")),
                        "the download is in the audit log: " + exported);
            });
        }
    }

    /**
     * Picks the option labelled {@code label} in a PrimeFaces select menu, as a person clicks it; a click
     * that lands while the panel is still sliding open is lost, and a person then clicks again.
     */
    private static void choose(Browser browser, String id, String label) {
        for (int attempt = 0; attempt < 3; attempt++) {
            browser.find(id).click();
            try {
                new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                        .until(ExpectedConditions.elementToBeClickable(
                                By.xpath("//*[@id='" + id + "_items']//li[@data-label='" + label + "']")))
                        .click();
                new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                        .until(d ->
                                label.equals(d.findElement(By.id(id + "_label")).getText()));
                return;
            } catch (TimeoutException | StaleElementReferenceException | ElementClickInterceptedException lost) {
                browser.driver().findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
            }
        }
        throw new AssertionError(label + " could not be chosen in " + id);
    }

    /** What the link downloads, fetched in the browser's session. */
    private static byte[] download(Browser browser, String href) throws Exception {
        String cookies = browser.driver().manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", cookies)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        return response.body();
    }

    private static String seed() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + Browser.httpPort() + "/names-e2e/names?what=audit"))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
