package jp.kizuna.alumni.offboarding.e2e;

import static jp.kizuna.alumni.offboarding.e2e.OffboardingBrowserIT.onFailure;
import static jp.kizuna.alumni.offboarding.e2e.OffboardingBrowserIT.seed;
import static jp.kizuna.alumni.offboarding.e2e.OffboardingBrowserIT.type;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import jp.kizuna.alumni.e2e.Browser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * HR turns a pattern (career growth in a department, in one year) into an action from the exit analytics,
 * starts and publishes it, and does the same for a department where only two people left; an employee
 * then reads "You said, we did": the first action with its six leavers, not the second.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActionLedgerBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return OffboardingBrowserIT.deployment();
    }

    @Test
    void hrRecordsAndPublishesAnActionAndEmployeesReadItAggregated() throws Exception {
        int year = 2300 + ThreadLocalRandom.current().nextInt(600);
        String department = seed("what=departures&count=6&year=" + year);
        String small = seed("what=departures&count=2&year=" + year);
        seed("what=employee");
        String title = "Career talks " + year;
        String smallTitle = "Small unit talks " + year;
        try (Browser browser = Browser.open(Locale.ENGLISH)) {
            onFailure(browser, "hr-actions", () -> {
                browser.signIn("/offboarding/analytics.xhtml", "hr.admin", "demo");
                browser.find("analytics:to-actions").click();
                record(browser, department, title, year);
                row(browser, title, "start").click();
                browser.wait(d -> row(browser, title, "action-status").getText().equals("In progress"));
                row(browser, title, "publish").click();
                browser.wait(d -> browser.has(By.xpath(rowXpath(title) + "//button[contains(@id, ':unpublish')]")));
                record(browser, small, smallTitle, year);
                row(browser, smallTitle, "publish").click();
                browser.wait(d -> browser.has(By.xpath(rowXpath(smallTitle) + "//button[contains(@id, ':unpublish')]")));
            });
        }
        try (Browser browser = Browser.open(Locale.ENGLISH)) {
            onFailure(browser, "employee-we-did", () -> {
                browser.signIn("/me/index.xhtml", "employee.tanaka", "demo");
                browser.find(By.cssSelector("[id$='nav-we-did'] a, a[id$='nav-we-did']")).click();
                browser.waitForText(title);
                String entry = browser.find(By.xpath("//*[contains(@class, 'wedid-entry')][contains(., '" + title + "')]"))
                        .getText();
                assertTrue(entry.contains("Career growth") && entry.contains(department) && entry.contains("People 6")
                        && entry.contains("In progress"), entry);
                assertFalse(browser.text().contains(smallTitle), "two leavers would be recognised");
            });
        }
    }

    private static void record(Browser browser, String department, String title, int year) {
        choose(browser, "actions:reason", "Career growth");
        choose(browser, "actions:department", department);
        type(browser, "actions:pattern-from_input", year + "-01-01");
        type(browser, "actions:pattern-to_input", year + "-12-31");
        browser.find("actions:title-ja").sendKeys("キャリア面談 " + year);
        browser.find("actions:title-en").sendKeys(title);
        browser.find("actions:description-en").sendKeys("Every employee gets a career conversation twice a year.");
        browser.find("actions:description-ja").sendKeys("全員と年2回キャリア面談を行います。");
        browser.find("actions:owner").sendKeys("HR Tanaka");
        type(browser, "actions:due_input", (year + 1) + "-03-31");
        browser.find("actions:create").click();
        browser.wait(d -> browser.has(By.xpath(rowXpath(title))));
    }

    /** Opens the menu and picks the item as a person does: once the list has finished opening. */
    private static void choose(Browser browser, String menu, String label) {
        By item = By.xpath("//li[starts-with(@id, '" + menu + "_')][@data-label=\"" + label + "\"]");
        for (int attempt = 0; attempt < 3 && !browser.find(menu + "_label").getText().equals(label); attempt++) {
            browser.find(menu + "_label").click();
            browser.wait(d -> d.findElement(item).isDisplayed());
            browser.find(item).click();
            try {
                browser.wait(d -> browser.find(menu + "_label").getText().equals(label));
            } catch (org.openqa.selenium.TimeoutException notYet) {
                // the list was still moving: open it again
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(label, browser.find(menu + "_label").getText());
    }

    private static String rowXpath(String title) {
        return "//tbody[@id='actions:ledger_data']/tr[contains(., '" + title + "')]";
    }

    private static org.openqa.selenium.WebElement row(Browser browser, String title, String id) {
        return browser.find(By.xpath(rowXpath(title) + "//*[contains(@id, ':" + id + "')]"));
    }
}
