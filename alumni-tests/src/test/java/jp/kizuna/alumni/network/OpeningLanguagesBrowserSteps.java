package jp.kizuna.alumni.network;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.UUID;
import jp.kizuna.alumni.e2e.Browser;
import org.openqa.selenium.By;

/** The browser half of {@link OpeningLanguagesBrowserIT}, kept apart so the in-container half never loads Selenium. */
final class OpeningLanguagesBrowserSteps {

    private OpeningLanguagesBrowserSteps() {}

    static void hrPostsInBothLanguagesAndEachReaderGetsTheirs() {
        Browser.awaitApplication();
        String run = UUID.randomUUID().toString().substring(0, 6);
        String japanese = "E2E 副業：データ基盤 " + run;
        String english = "E2E side job: data platform " + run;
        try (Browser browser = Browser.open(Locale.ENGLISH)) {
            browser.signIn("/network/index.xhtml", "hr.admin", "demo");
            browser.find("post:title").sendKeys(japanese);
            browser.find("post:description").sendKeys("週1日、リモート可");
            browser.find("post:title-en").sendKeys(english);
            browser.find("post:description-en").sendKeys("One day a week, remote 🙂");
            browser.find("post:post-opportunity").click();
            browser.waitForText("The opening has been posted.");
            browser.find(By.linkText(english));
        }
        try (Browser browser = Browser.open(Locale.ENGLISH)) {
            browser.signIn("/portal/index.xhtml", "alumni.smith", "demo");
            openTheOpenings(browser, "Opportunities");
            browser.find(By.xpath("//strong[text()='" + english + "']"));
            assertTrue(browser.text().contains("One day a week, remote 🙂"), browser.text());
            assertTrue(!browser.text().contains(japanese), "the Japanese title is not shown to an English reader");
        }
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            browser.signIn("/portal/index.xhtml", "alumni.smith", "demo");
            openTheOpenings(browser, "募集");
            browser.find(By.xpath("//strong[text()='" + japanese + "']"));
        }
    }

    private static void openTheOpenings(Browser browser, String tab) {
        browser.find(By.xpath("//a[normalize-space(text())='" + tab + "']")).click();
    }
}
