package jp.kizuna.alumni.space.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import jp.kizuna.alumni.e2e.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The browser half of {@link SpacesBrowserIT}, kept apart so the in-container half never loads Selenium. */
final class SpacesBrowserSteps {

    private SpacesBrowserSteps() {}

    /** Waits for an outcome the page shows; when it does not come, the failure says what the page showed instead. */
    private static void expect(Browser browser, String text) {
        try {
            browser.waitForText(text);
        } catch (org.openqa.selenium.TimeoutException notShown) {
            throw new AssertionError("The page does not show \"" + text + "\" but:\n" + browser.text(), notShown);
        }
    }

    /** The row of the space's thread list whose first post reads {@code text}. */
    private static By threadRow(String text) {
        return By.xpath("//form[@id='threads']//tr[.//span[contains(@class,'thread-first') and normalize-space(.)='"
                + text + "']]");
    }

    private static void openCompanySpace(Browser browser) {
        WebElement link =
                browser.find(By.xpath("//a[contains(@class,'space-name') and normalize-space(.)='全社アルムナイネットワーク']"));
        link.click();
        browser.wait(ExpectedConditions.stalenessOf(link));
        browser.find("space-name");
    }

    /** A member posts in the company-wide space from the portal's menu. */
    static void memberPosts(String login, String post) {
        Browser.awaitApplication();
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            browser.signIn("/portal/index.xhtml", login, "demo");
            browser.find(By.xpath("//header//a[normalize-space(.)='コミュニティ']")).click();
            openCompanySpace(browser);
            browser.find("new:body").sendKeys(post);
            browser.find("new:post").click();
            expect(browser, "投稿しました。");
            assertEquals(
                    "0",
                    browser.find(threadRow(post))
                            .findElement(By.cssSelector(".thread-replies"))
                            .getText());
        }
    }

    static void alumnusReports(String advert) {
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            browser.signIn("/portal/spaces.xhtml", "alumni.yamada", "demo");
            openCompanySpace(browser);
            browser.find(threadRow(advert))
                    .findElement(By.cssSelector("a.thread-open"))
                    .click();
            browser.wait(d -> d.findElements(By.cssSelector("#open-thread .post-body")).stream()
                    .anyMatch(e -> e.getText().equals(advert)));
            browser.find("posts:reason").sendKeys("宣伝です");
            browser.find("posts:report").click();
            expect(browser, "ご報告ありがとうございます。モデレーターが確認します。");
        }
    }

    static void hrAnswersAndHides(String post, String answer, String advert) {
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            browser.signIn("/inbox/spaces.xhtml", "hr.admin", "demo");
            WebElement reported = browser.find(By.xpath("//form[@id='reports']//tr[.//a[contains(@class,'report-post')"
                    + " and normalize-space(.)='" + advert + "']]"));
            assertTrue(reported.findElement(By.cssSelector(".report-author"))
                    .getText()
                    .contains("Smith"));
            assertEquals(
                    "宣伝です",
                    reported.findElement(By.cssSelector(".report-reason")).getText());

            openCompanySpace(browser);
            browser.find(threadRow(post))
                    .findElement(By.cssSelector("a.thread-open"))
                    .click();
            browser.wait(d -> d.findElements(By.cssSelector("#open-thread .post-body")).stream()
                    .anyMatch(e -> e.getText().equals(post)));
            browser.find("posts:reply-text").sendKeys(answer);
            browser.find("posts:send-reply").click();
            expect(browser, "返信しました。");
            assertEquals(
                    "1",
                    browser.find(threadRow(post))
                            .findElement(By.cssSelector(".thread-replies"))
                            .getText());

            browser.find("reports:reason").sendKeys("宣伝のため非表示");
            browser.find(By.xpath("//form[@id='reports']//tr[.//a[contains(@class,'report-post')"
                            + " and normalize-space(.)='" + advert + "']]//button[contains(@class,'report-hide')]"))
                    .click();
            expect(browser, "投稿を非表示にし、通報を対応済みにしました。");
            assertFalse(
                    browser.has(By.xpath("//form[@id='reports']//a[normalize-space(.)='" + advert + "']")),
                    "the report is settled");
        }
    }

    static void alumnusSeesAnswer(String post, String answer, String advert) {
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            browser.signIn("/portal/spaces.xhtml", "alumni.yamada", "demo");
            openCompanySpace(browser);
            WebElement row = browser.find(threadRow(post));
            assertEquals("1", row.findElement(By.cssSelector(".thread-replies")).getText());
            row.findElement(By.cssSelector("a.thread-open")).click();
            browser.waitForText(answer);
            WebElement reply = browser.find(By.xpath("//div[@id='open-thread']//div[contains(@class,'space-post')]"
                    + "[.//div[contains(@class,'post-body') and normalize-space(.)='" + answer + "']]"));
            assertEquals(
                    "人事 花子", reply.findElement(By.cssSelector(".post-author")).getText());
            assertTrue(reply.getText().contains("人事部・管理者"), reply.getText());
            assertFalse(browser.text().contains(advert), "the hidden advert is not on the member's page");
            assertTrue(browser.text().contains("この投稿はモデレーターにより非表示になりました。"));
        }
    }
}
