package jp.kizuna.alumni.offboarding.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import jp.kizuna.alumni.e2e.Browser;
import jp.kizuna.alumni.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Through the real screens, signed in through Keycloak: a manager records a resignation and the
 * exit conversation of their report; HR reads the exit analytics, where a small group stays hidden.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OffboardingBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.fullApplicationWithModules(
                "<module><web><web-uri>offboarding-e2e.war</web-uri><context-root>/offboarding-e2e</context-root></web></module>");
        return ear.addAsModule(org.jboss.shrinkwrap.api.ShrinkWrap.create(WebArchive.class, "offboarding-e2e.war")
                .addClass(OffboardingSeed.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml"));
    }

    static String seed(String query) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + Browser.httpPort() + "/offboarding-e2e/seed?" + query))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    /** Keeps the page a failed step was looking at, in target/, for the person reading the failure. */
    static void onFailure(Browser browser, String name, Step steps) throws Exception {
        try {
            steps.run();
        } catch (Exception | AssertionError failure) {
            java.nio.file.Files.writeString(
                    java.nio.file.Path.of("target", name + ".html"),
                    browser.url() + "\n" + browser.driver().getPageSource());
            // CI keeps only the build's output: say there what the page showed.
            String shown = browser.text();
            throw new AssertionError(
                    failure.getMessage() + "\nPage " + browser.url() + " showed:\n"
                            + shown.substring(0, Math.min(3000, shown.length())),
                    failure);
        }
    }

    interface Step {
        void run() throws Exception;
    }

    /** Types into a person picker and clicks the suggestion that contains {@code text}, as a person does. */
    static void pick(Browser browser, String id, String text) {
        WebElement input = browser.find(id + "_input");
        input.clear();
        input.sendKeys(text);
        browser.wait(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(
                        By.xpath("//*[@id='" + id + "_panel']//li[contains(., '" + text + "')]")))
                .click();
        browser.wait(d -> browser.find(id + "_input").getAttribute("value").contains(text));
    }

    static void type(Browser browser, String id, String text) {
        // clear() leaves PrimeFaces date pickers' text in place; empty the field as a person would.
        WebElement input = browser.find(id);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        String typed = browser.find(id).getAttribute("value");
        if (!text.equals(typed)) {
            throw new AssertionError(id + " holds '" + typed + "' after typing '" + text + "'");
        }
    }

    @Test
    void aManagerRecordsTheResignationAndTheExitConversationOfTheirReport() throws Exception {
        String employeeNumber = seed("what=report");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            onFailure(browser, "manager-interview", () -> {
                browser.signIn("/offboarding/cases.xhtml", "manager.sato", "demo");
                browser.find("list:new-case").click();
                pick(browser, "open:employee", employeeNumber);
                type(browser, "open:noticeDate_input", today.toString());
                type(browser, "open:lastDay_input", today.plusDays(45).toString());
                type(browser, "open:statedReason", "一身上の都合");
                browser.find("open:submit").click();

                assertEquals("退職届受理", browser.find("case-status").getText());
                assertEquals(
                        today.plusDays(45).toString(),
                        browser.find("case-last-day").getText());
                browser.find("case:interview-new").click();

                browser.find("interview:notes");
                browser.find(By.cssSelector("label[for='interview:guide:0']")).click();
                browser.find(By.cssSelector("label[for='interview:guide:1']")).click();
                type(browser, "interview:notes", "成長の機会を求めての転職。決断を尊重し、いつでも戻れると伝えた。");
                browser.find("interview:save").click();

                browser.waitForText("面談を記録しました。");
                assertEquals("面談中", browser.find("case-status").getText());
                String interviews = browser.find("case:tabs:interviews").getText();
                assertTrue(interviews.contains("上長面談") && interviews.contains("実施済み"), interviews);
                assertFalse(interviews.contains("成長の機会"), "notes are shown only on request");
                browser.find("case:tabs:interviews:0:show-notes").click();
                browser.waitForText("成長の機会を求めての転職");

                // The case list shows the manager's report; the analytics are HR's.
                browser.go("/offboarding/cases.xhtml");
                type(browser, "filters:text", employeeNumber);
                browser.find("filters:apply").click();
                browser.wait(d -> browser.find("list:cases").getText().contains(employeeNumber)
                        && browser.find("list:cases").getText().contains("面談中"));
                browser.go("/offboarding/analytics.xhtml");
                browser.find("analytics-hr-only");
                assertFalse(browser.has(By.id("analytics:departures")));
            });
        }
    }

    @Test
    void aManagerSeesTheOverdueTasksOfTheirReportsAndMarksOneDone() throws Exception {
        String task = seed("what=overdue");
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            onFailure(browser, "overdue-tasks", () -> {
                browser.signIn("/offboarding/tasks.xhtml", "manager.sato", "demo");
                WebElement row = browser.find(By.xpath("//tr[.//span[@class='task-title' and text()='" + task + "']]"));
                assertEquals(
                        "3", row.findElement(By.cssSelector(".days-overdue")).getText());
                assertTrue(row.getText().contains("遅延 太郎"), row.getText());
                row.findElement(By.cssSelector("button[id$=':complete']")).click();
                browser.waitForText("タスクを完了にしました。");
                browser.wait(d -> !browser.find("tasks:overdue").getText().contains(task));
            });
        }
    }

    @Test
    void hrSeesDeparturesByDepartmentButNotSmallGroups() throws Exception {
        int year = 2300 + ThreadLocalRandom.current().nextInt(600);
        String large = seed("what=departures&count=6&year=" + year);
        String small = seed("what=departures&count=2&year=" + year);
        // A second small department: hidden together they are 5, so the large one needs no companion.
        String alsoSmall = seed("what=departures&count=3&year=" + year);
        try (Browser browser = Browser.open(Locale.ENGLISH)) {
            onFailure(browser, "hr-analytics", () -> {
                browser.signIn("/offboarding/analytics.xhtml", "hr.admin", "demo");
                browser.find("privacy-note");
                type(browser, "analytics:from_input", year + "-01-01");
                type(browser, "analytics:to_input", year + "-12-31");
                browser.find("analytics:refresh").click();

                browser.waitForText(large);
                String departures = browser.find("analytics:departures").getText();
                assertTrue(departures.contains(large + " 6") || departures.contains(large + "\n6"), departures);
                assertFalse(browser.text().contains(small), "a department with 2 leavers is not shown");
                assertFalse(browser.text().contains(alsoSmall), "nor one with 3");
                assertTrue(
                        browser.find("hidden-departments").getText().endsWith("2"),
                        browser.find("hidden-departments").getText());
                assertTrue(browser.find("analytics:reasons").getText().contains("Career growth"));
                assertTrue(browser.has(By.cssSelector("#analytics\\:chart-departments canvas")), "chart drawn");
            });
        }
    }

    @Test
    void aLeaverAnswersTheExitSurveyWithoutSigningInAndOnlyOnce() throws Exception {
        String token = seed("what=survey");
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            browser.go("/survey/index.xhtml?token=" + token);
            browser.waitForText("さくらさん、これまでありがとうございました。");
            assertFalse(browser.url().contains("/realms/"), "no sign-in needed: " + browser.url());
            browser.find(By.cssSelector("label[for='survey:q:0:scale:3']")).click();
            browser.find(By.cssSelector("label[for='survey:q:1:scale:4']")).click();
            type(browser, "survey:q:3:text", "お世話になりました");
            browser.find("survey:submit").click();
            browser.find("survey-thanks");

            browser.go("/survey/index.xhtml?token=" + token);
            browser.find("survey-invalid");
            assertFalse(browser.has(By.id("survey:submit")));
        }
    }

    @Test
    void hrMaintainsReasonCategoriesAndChecklistTemplates() throws Exception {
        String code = "E2E_" + Long.toString(System.nanoTime(), 36).toUpperCase();
        try (Browser browser = Browser.open(Locale.ENGLISH)) {
            onFailure(browser, "hr-admin-screens", () -> {
                browser.signIn("/admin/reason-categories.xhtml", "hr.admin", "demo");
                assertTrue(browser.find("reasons:categories").getText().contains("Career growth"));
                type(browser, "reasons:code", code);
                type(browser, "reasons:nameJa", "副業との両立");
                type(browser, "reasons:nameEn", "Side business");
                browser.find("reasons:save").click();
                browser.wait(d -> browser.find("reasons:categories").getText().contains(code));

                browser.go("/admin/checklist-templates.xhtml");
                type(browser, "templates:nameJa", "検証テンプレート " + code);
                type(browser, "templates:nameEn", "Test template " + code);
                browser.find("templates:save-template").click();
                browser.wait(d -> browser.find("templates:list").getText().contains("Test template " + code));
                type(browser, "templates:itemJa", "PC返却");
                type(browser, "templates:itemEn", "Return laptop " + code);
                browser.find("templates:add-item").click();
                browser.wait(d -> browser.find("templates:items").getText().contains("Return laptop " + code));
            });
        }
    }
}
