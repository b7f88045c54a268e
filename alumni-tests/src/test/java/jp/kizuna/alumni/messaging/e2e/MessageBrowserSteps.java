package jp.kizuna.alumni.messaging.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.UUID;
import jp.kizuna.alumni.e2e.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The browser half of {@link MessageBrowserIT}, kept apart so the in-container half never loads Selenium. */
final class MessageBrowserSteps {

    /** The subject the alumnus writes, to find this run's thread among earlier ones. */
    private static final String SUBJECT =
            "E2E 復職の相談 " + UUID.randomUUID().toString().substring(0, 8);

    private MessageBrowserSteps() {}

    private static By rowWithSubject() {
        return By.xpath("//tr[.//a[normalize-space(.)='" + SUBJECT + "']]");
    }

    static void alumnusWritesToHr() {
        Browser.awaitApplication();
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            browser.signIn("/portal/index.xhtml", "alumni.yamada", "demo");
            browser.find(By.xpath("//header//a[normalize-space(.)='メッセージ']")).click();
            browser.find(By.xpath("//label[text()='人事部']")).click();
            browser.find("new:subject").sendKeys(SUBJECT);
            browser.find("new:body").sendKeys("来年の春から復職できるか相談させてください。");
            browser.find("new:send").click();
            browser.waitForText("メッセージを送信しました。");
            assertEquals(SUBJECT, browser.find("thread-subject").getText(), "the new thread is open");
            WebElement row = browser.find(rowWithSubject());
            assertEquals("人事部", row.findElement(By.cssSelector(".thread-with")).getText());
            assertEquals("0", row.findElement(By.cssSelector(".thread-unread")).getText());
        }
    }

    static void hrTakesAndAnswers(String answer) {
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            browser.signIn("/inbox/messages.xhtml", "hr.admin", "demo");
            WebElement row = browser.find(rowWithSubject());
            assertEquals(
                    "山田 太郎", row.findElement(By.cssSelector(".thread-member")).getText());
            assertEquals("1", row.findElement(By.cssSelector(".thread-unread")).getText());
            row.findElement(By.cssSelector("a.thread-subject")).click();
            browser.waitForText("来年の春から復職できるか相談させてください。");
            browser.find("reply:take").click();
            browser.waitForText("担当を設定しました。");
            assertEquals("人事 花子", browser.find("thread-assignee").getText());
            browser.find("reply:text").sendKeys(answer);
            browser.find("reply:send-reply").click();
            browser.waitForText("メッセージを送信しました。");
            WebElement answered = browser.find(rowWithSubject());
            assertEquals(
                    "0", answered.findElement(By.cssSelector(".thread-unread")).getText());
            assertEquals(
                    "人事 花子",
                    answered.findElement(By.cssSelector(".thread-assignee")).getText());

            // Given to a person picked by name, family and given name apart (the demo has one signed-in HR person to
            // give it to).
            answered.findElement(By.cssSelector("a.thread-subject")).click();
            browser.waitForText("来年の春から復職できるか相談させてください。");
            WebElement assignee = browser.find("reply:assignee_input");
            assignee.sendKeys("人事 花子");
            browser.wait(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(
                            By.xpath("//*[@id='reply:assignee_panel']//li[contains(., '人事 花子')]")))
                    .click();
            browser.wait(d ->
                    browser.find("reply:assignee_input").getAttribute("value").startsWith("人事 花子"));
            browser.find("reply:give").click();
            browser.waitForText("担当を設定しました。");
            assertEquals(
                    "人事 花子",
                    browser.find(rowWithSubject())
                            .findElement(By.cssSelector(".thread-assignee"))
                            .getText());
        }
    }

    /**
     * The alumnus sees one unread answer in the list, then opens the thread as the notification mail
     * links it, not yet signed in: after signing in the thread itself is open, and nothing is unread.
     */
    static void alumnusReads(String answer) {
        String thread;
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            browser.signIn("/portal/messages.xhtml", "alumni.yamada", "demo");
            WebElement row = browser.find(rowWithSubject());
            assertEquals("1", row.findElement(By.cssSelector(".thread-unread")).getText());
            thread = row.findElement(By.cssSelector("a.thread-subject")).getAttribute("data-thread");
        }
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            browser.signIn("/link/portal/messages.xhtml/thread/" + thread, "alumni.yamada", "demo");
            browser.waitForText(answer);
            assertEquals(SUBJECT, browser.find("thread-subject").getText(), "the mail's thread is open");
            assertTrue(browser.text().contains("人事 花子"), "the answer names who wrote it");
            assertEquals(
                    "0",
                    browser.find(rowWithSubject())
                            .findElement(By.cssSelector(".thread-unread"))
                            .getText());
            assertEquals(
                    "0", browser.find(By.cssSelector("#unread-total strong")).getText());
        }
    }
}
