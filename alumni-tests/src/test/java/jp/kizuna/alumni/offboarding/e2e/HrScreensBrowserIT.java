package jp.kizuna.alumni.offboarding.e2e;

import static jp.kizuna.alumni.offboarding.e2e.OffboardingBrowserIT.onFailure;
import static jp.kizuna.alumni.offboarding.e2e.OffboardingBrowserIT.pick;
import static jp.kizuna.alumni.offboarding.e2e.OffboardingBrowserIT.seed;
import static jp.kizuna.alumni.offboarding.e2e.OffboardingBrowserIT.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The screens as HR and employees use them, in a real browser through the real sign-in: the
 * follow-up interview after the last day, where HR finds it and the level its notes start at; the
 * level of HR's own interview; checklists that keep the statutory tasks; My page; and how pages
 * answer (one message, dialogs that stay open on a refusal, one calendar at a time, a busy sign).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HrScreensBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.fullApplicationWithModules(
                "<module><web><web-uri>offboarding-e2e.war</web-uri><context-root>/offboarding-e2e</context-root></web></module>");
        return ear.addAsModule(org.jboss.shrinkwrap.api.ShrinkWrap.create(WebArchive.class, "offboarding-e2e.war")
                .addClass(OffboardingSeed.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml"));
    }

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @Test
    void hrRecordsTheFollowUpInterviewFromWhereTheyWork() throws Exception {
        String[] seeded = seed("what=pastLastDay").split("\t");
        String caseId = seeded[0];
        String name = seeded[1];
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            onFailure(browser, "follow-up-interview", () -> {
                browser.signIn("/admin/index.xhtml", "hr.admin", "demo");
                browser.go("/offboarding/case.xhtml?id=" + caseId);
                browser.find("case:advance").click();
                browser.wait(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                        .click();
                browser.wait(d -> "フォローアップ".equals(browser.find("case-status").getText()));
                browser.find("case:case-follow-up");

                // Where HR looks each morning: the HR home and the overdue page list the follow-up as due.
                browser.go("/admin/index.xhtml");
                WebElement row = followUpRow(browser, name);
                assertTrue(row.getText().contains("実施予定日を過ぎています"), row.getText());
                browser.go("/offboarding/tasks.xhtml");
                followUpRow(browser, name);

                // The case offers the follow-up to write up, with its kind and HR-only notes to start with.
                browser.go("/offboarding/case.xhtml?id=" + caseId);
                browser.find("case:follow-up-record").click();
                assertEquals(
                        "フォローアップ面談（退職後）", browser.find("interview:kind_label").getText());
                assertTrue(checked(browser, "interview:level:1"), "HR only is the starting level of a follow-up");
                assertFalse(checked(browser, "interview:level:0"));
                assertEquals(
                        TODAY.minusDays(40).plusMonths(1).toString(),
                        browser.find("interview:date_input").getAttribute("value"),
                        "held on the scheduled day unless HR says otherwise");
                type(browser, "interview:notes", "退職後に本音を聞けた。評価制度への不満が主な理由。");
                browser.find("interview:save").click();

                browser.waitForText("面談を記録しました。");
                assertEquals(
                        1, occurrences(browser.text(), "面談を記録しました。"), "the outcome is said once: " + browser.text());
                String interviews = browser.find("case:tabs:interviews").getText();
                assertTrue(
                        interviews.contains("フォローアップ面談（退職後）")
                                && interviews.contains("実施済み")
                                && interviews.contains("人事のみ"),
                        interviews);
                assertFalse(browser.has(By.id("case:follow-up-record")), "nothing left to write up");
                browser.go("/admin/index.xhtml");
                browser.find("follow-ups");
                assertFalse(browser.text().contains(name), "a recorded follow-up is no longer waiting");
            });
        }
    }

    @Test
    void hrsOwnInterviewStartsAtHrOnlyAndAWiderLevelNeedsConfirmation() throws Exception {
        String employeeNumber = seed("what=report");
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            onFailure(browser, "interview-level", () -> {
                browser.signIn("/offboarding/cases.xhtml", "hr.admin", "demo");
                openCase(browser, employeeNumber);
                browser.find("case:interview-new").click();

                assertTrue(checked(browser, "interview:level:1"), "HR writing: HR only to start with");
                // The interviewer is picked by name, not typed as a sign-in name.
                pick(browser, "interview:interviewer", "人事");
                browser.find(By.cssSelector("label[for='interview:level:0']")).click();
                browser.find("interview:widening-confirmed");
                type(browser, "interview:notes", "上長にも共有してよいと本人の了承あり。");
                browser.find("interview:save").click();
                browser.waitForText("にチェックを入れるか、狭い範囲を選んでください");
                assertFalse(browser.url().contains("/offboarding/case.xhtml"), "not saved without the confirmation");

                browser.find(By.cssSelector("#interview\\:widening-confirmed .ui-chkbox-box"))
                        .click();
                browser.find("interview:save").click();
                browser.waitForText("面談を記録しました。");
                assertTrue(browser.find("case:tabs:interviews").getText().contains("上長と人事"));
                assertTrue(browser.find("case:tabs:interviews").getText().contains("人事 花子"), "the interviewer picked");
            });
        }
    }

    @Test
    void aDepartmentsTasksAddToTheStatutoryOnes() throws Exception {
        String[] seeded = seed("what=templates").split("\t");
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            onFailure(browser, "checklist-templates", () -> {
                browser.signIn("/offboarding/cases.xhtml", "hr.admin", "demo");
                openCase(browser, seeded[0]);
                browser.find(By.xpath("//a[contains(@href, 'tab-checklist')]")).click();
                String checklist = browser.find("case:tabs:checklist").getText();
                for (String task : List.of("離職票の交付", "源泉徴収票の交付", "健康保険証の回収", "社員証・入館証の返却", "アカウント停止", "検証環境の権限削除")) {
                    assertTrue(checklist.contains(task), task + " missing from\n" + checklist);
                }
                assertEquals(1, occurrences(checklist, "社員証・入館証の返却"), "a task both templates list appears once");
            });
        } finally {
            seed("what=retireTemplate&id=" + seeded[1]);
        }
    }

    @Test
    void myPageShowsEachFieldWithItsLabel() throws Exception {
        String number = seed("what=employee");
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            onFailure(browser, "my-page", () -> {
                browser.signIn("/me/index.xhtml", "employee.tanaka", "demo");
                WebElement numberValue = browser.find("person-number");
                assertEquals(number, numberValue.getText());
                assertEquals(
                        "社員番号",
                        numberValue
                                .findElement(By.xpath("preceding-sibling::dt[1]"))
                                .getText());
                assertEquals("田中 美咲", browser.find("person-name").getText());
                assertEquals("2020-04-01", browser.find("person-hired").getText());
                int nameTop = browser.find("person-name").getLocation().getY();
                int numberTop = numberValue.getLocation().getY();
                int hiredTop = browser.find("person-hired").getLocation().getY();
                assertTrue(
                        nameTop < numberTop && numberTop < hiredTop,
                        "one field per line: " + nameTop + " " + numberTop + " " + hiredTop);
            });
        }
    }

    @Test
    void theNewCaseDialogStaysOpenOnlyOneCalendarOpensAndSlowAnswersShowABusySign() throws Exception {
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            onFailure(browser, "page-behaviour", () -> {
                browser.signIn("/offboarding/cases.xhtml", "hr.admin", "demo");
                browser.find("list:new-case").click();
                WebElement dialog = browser.find("new-case-dialog");
                browser.wait(d -> dialog.isDisplayed());

                // Dates are typed; passing through a date field opens no calendar, so Tab moves on.
                WebElement noticeDate = browser.find("open:noticeDate_input");
                noticeDate.click();
                assertEquals("例 2026-04-30", noticeDate.getAttribute("placeholder"));
                noticeDate.sendKeys(Keys.TAB);
                assertFalse(browser.find("open:noticeDate_panel").isDisplayed(), "focus alone opens no calendar");
                WebElement noticeButton = calendarButton(browser, "open:noticeDate");
                assertEquals(noticeButton, activeElement(browser), "Tab goes on to the calendar button");
                assertEquals(
                        "日を選択",
                        noticeButton.getAttribute("aria-label"),
                        "PrimeFaces names the button in the reader's language");

                // The calendar opens from its button (Enter), takes the focus, and Escape closes it alone.
                new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
                browser.wait(d -> browser.find("open:noticeDate_panel").isDisplayed());
                browser.wait(d -> browser.find("open:noticeDate_panel").equals(activeElement(browser))
                        || ((JavascriptExecutor) d)
                                .executeScript(
                                        "return arguments[0].contains(document.activeElement);",
                                        browser.find("open:noticeDate_panel"))
                                .equals(Boolean.TRUE));
                new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
                browser.wait(d -> !browser.find("open:noticeDate_panel").isDisplayed());
                assertTrue(dialog.isDisplayed(), "Escape closes the calendar, not the dialog");

                // One calendar at a time: the focus moving to another field closes an open calendar.
                calendarButton(browser, "open:noticeDate").click();
                browser.wait(d -> browser.find("open:noticeDate_panel").isDisplayed());
                ((JavascriptExecutor) browser.driver())
                        .executeScript("arguments[0].focus();", browser.find("open:lastDay_input"));
                browser.wait(d -> !browser.find("open:noticeDate_panel").isDisplayed());
                assertFalse(browser.find("open:lastDay_panel").isDisplayed(), "and opens none");

                // A date that is no date is refused with the format to use; what was typed stays.
                type(browser, "open:noticeDate_input", "2026-13-45");
                browser.find("open:submit").click();
                browser.wait(d -> browser.find("open:open-messages")
                        .getText()
                        .matches("(?s).*退職届受理日：「2026-13-45」は日付として読めません。\\d{4}-\\d{2}-\\d{2} の形式で入力してください。.*"));
                assertEquals("2026-13-45", browser.find("open:noticeDate_input").getAttribute("value"));
                type(browser, "open:noticeDate_input", "");

                // A refused submission keeps the dialog open, with what was typed and the reason inside it.
                type(browser, "open:statedReason", "家業を継ぐため");
                browser.find("open:submit").click();
                browser.wait(d -> browser.find("open:open-messages").getText().contains("退職する社員")
                        && !browser.find("open:open-messages")
                                .getText()
                                .contains("2026-13-45")); // this answer, not the last
                assertTrue(dialog.isDisplayed(), "the dialog is still open");
                browser.wait(
                        d -> "家業を継ぐため".equals(browser.find("open:statedReason").getAttribute("value")));
                assertTrue(
                        browser.driver()
                                .findElements(By.cssSelector(".ui-growl-item"))
                                .isEmpty(),
                        "no second copy as a toast");
                browser.find(By.cssSelector("#new-case-dialog .ui-dialog-titlebar-close"))
                        .click();

                // The date filters side by side: opening the second calendar closes the first.
                // (Right one first: its calendar drops down to the right, clear of the left one's button.)
                calendarButton(browser, "filters:to").click();
                browser.wait(d -> browser.find("filters:to_panel").isDisplayed());
                calendarButton(browser, "filters:from").click();
                browser.wait(d -> browser.find("filters:from_panel").isDisplayed());
                browser.wait(d -> !browser.find("filters:to_panel").isDisplayed());
                new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
                browser.wait(d -> !browser.find("filters:from_panel").isDisplayed());

                // A slow answer: the page says it is working until the answer is there.
                ChromiumNetworkConditions slow = new ChromiumNetworkConditions();
                slow.setLatency(Duration.ofMillis(2500));
                ((ChromeDriver) browser.driver()).setNetworkConditions(slow);
                try {
                    browser.find("filters:apply").click();
                    browser.wait(d -> browser.find("busy-indicator").isDisplayed());
                } finally {
                    ((ChromeDriver) browser.driver()).deleteNetworkConditions();
                }
                browser.wait(
                        d -> d.findElements(By.id("busy-indicator")).stream().noneMatch(WebElement::isDisplayed));
            });
        }
    }

    private static void openCase(Browser browser, String employeeNumber) throws Exception {
        browser.find("list:new-case").click();
        pick(browser, "open:employee", employeeNumber);
        type(browser, "open:noticeDate_input", TODAY.toString());
        type(browser, "open:lastDay_input", TODAY.plusDays(30).toString());
        browser.find("open:submit").click();
        browser.wait(d -> "退職届受理".equals(browser.find("case-status").getText()));
    }

    private static WebElement calendarButton(Browser browser, String datePickerId) {
        return browser.find(By.cssSelector("[id='" + datePickerId + "'] .ui-datepicker-trigger"));
    }

    private static WebElement activeElement(Browser browser) {
        return (WebElement) ((JavascriptExecutor) browser.driver()).executeScript("return document.activeElement;");
    }

    private static WebElement followUpRow(Browser browser, String name) {
        browser.find("follow-ups-table");
        return browser.find(By.xpath("//div[contains(@id,'follow-ups-table')]//tr[.//a[text()='" + name + "']]"));
    }

    private static boolean checked(Browser browser, String id) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver())
                .executeScript("return document.getElementById(arguments[0]).checked;", id));
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
