package jp.kizuna.alumni.screens;

import static jp.kizuna.alumni.screens.ScreensTestSupport.seed;
import static jp.kizuna.alumni.screens.ScreensTestSupport.settled;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import jp.kizuna.alumni.e2e.Browser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * HR starts the day on the HR home: an inbox of what is waiting (a resignation nobody has moved
 * on, a task past its due date), each item leading to where it is done.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HrHomeBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScreensTestSupport.application();
    }

    @Test
    void theHrHomeListsTheWorkWaitingAndLeadsToIt() throws Exception {
        // A report of manager.sato leaving in five days, the case just received, a task three days late.
        seed("seed?what=overdue");
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            browser.signIn("/admin/index.xhtml", "hr.admin", "demo");
            settled(browser);

            // The seeded case and task are waiting; on a busy database older ones come first, so
            // follow whichever task the inbox lists first.
            assertTrue(browser.find("inbox-overdue").getText().startsWith("期限を過ぎたタスク"));
            assertTrue(browser.find("inbox-new-cases").getText().contains("面談の予定を立ててください"));
            assertTrue(browser.find("count-active").getText().matches("\\d+"), "the headcount is still there");

            WebElement item = browser.find(By.cssSelector("#inbox-overdue a.inbox-link"));
            String first = item.getText();
            item.click();
            browser.wait(d -> d.getCurrentUrl().contains("/offboarding/case.xhtml"));
            // The case says where it stands: its current step, and how much of the checklist is done.
            browser.find(By.cssSelector("#stage-stepper li[aria-current='step'] .stage-name"));
            assertTrue(
                    browser.find("checklist-progress-label").getText().matches("チェックリスト \\d+ / \\d+ 件完了"),
                    browser.find("checklist-progress-label").getText());
            browser.find(By.xpath("//a[contains(@href, 'tab-checklist')]")).click();
            assertTrue(browser.find("case:tabs:checklist").getText().contains(first), "the task's own case");

            browser.find("nav:lang-en").click();
            // The switch is a form post: wait for its page (in English) before opening another, or the
            // post's navigation can win over the next one.
            browser.find("nav:lang-ja");
            browser.go("/admin/index.xhtml");
            settled(browser);
            assertTrue(browser.find("inbox-overdue").getText().startsWith("Overdue tasks"), "in the reader's language");
        }
    }
}
