package jp.kizuna.alumni.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import jp.kizuna.alumni.e2e.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** The browser half of {@link PortalFeedBrowserIT}, kept apart so the in-container half never loads Selenium. */
final class PortalFeedBrowserSteps {

    private static final int PHONE_WIDTH = 390;

    private PortalFeedBrowserSteps() {}

    static void yamadaReadsTheFeedAndSavesTheProfile() {
        Browser.awaitApplication();
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            browser.signIn("/portal/index.xhtml", "alumni.yamada", "demo");
            String openings = browser.find("feed-openings").getText();
            assertTrue(openings.contains(PortalFeedBrowserIT.OPENING), openings);
            assertTrue(
                    openings.contains("理由:")
                            && openings.contains("スキル " + PortalFeedBrowserIT.SKILL.toLowerCase(Locale.ROOT))
                            && openings.contains("元の部署の募集"),
                    "the short reason: " + openings);
            // Earlier runs on the same database leave events of the same title: hers is the one she has a seat at.
            WebElement event = browser.find(By.xpath("//article[contains(@class,'feed-event')][.//h3[text()='"
                    + PortalFeedBrowserIT.EVENT_JA + "']][.//a[contains(@class,'feed-join-online')]]"));
            WebElement join = event.findElement(By.cssSelector("a.feed-join-online"));
            assertEquals("オンラインで参加", join.getText());
            assertEquals(PortalFeedBrowserIT.LINK, join.getAttribute("href"));
            assertTrue(browser.find("feed-news").getText().contains(PortalFeedBrowserIT.NEWS_JA));
            String colleagues = browser.find("feed-colleagues").getText();
            assertTrue(colleagues.contains("Smith"), "smith joined and is listed: " + colleagues);
            assertFalse(colleagues.contains(PortalFeedBrowserIT.HIDDEN), "not listed in the directory: " + colleagues);

            browser.find("to-profile").click();
            WebElement role = browser.find("profile:role");
            role.clear();
            role.sendKeys("フィード担当");
            browser.find("profile:save-profile").click();
            browser.waitForText("プロフィールを保存しました。");
            browser.go("/portal/profile.xhtml");
            assertEquals("フィード担当", browser.find("profile:role").getAttribute("value"));
            browser.find("to-home").click();
            browser.find("feed-openings");
        }
    }

    static void smithReadsTheFeedAndSavesTheProfile() {
        Browser.awaitApplication();
        try (Browser browser = Browser.open(Locale.ENGLISH)) {
            browser.signIn("/portal/index.xhtml", "alumni.smith", "demo");
            if (browser.has(By.id("nav:lang-en"))) {
                browser.find("nav:lang-en").click();
                browser.find("nav:lang-ja");
            }
            WebElement event = browser.find(By.xpath(
                    "//article[contains(@class,'feed-event')][.//h3[text()='" + PortalFeedBrowserIT.EVENT_EN + "']]"));
            assertTrue(event.getText().contains("Former colleagues meet"), event.getText());
            assertTrue(event.findElements(By.cssSelector("a.feed-join-online")).isEmpty(), "no seat, no link");
            assertTrue(browser.find("feed-news").getText().contains(PortalFeedBrowserIT.NEWS_EN));
            assertTrue(browser.find("feed-openings").getText().contains("Openings that fit you"));
            String colleagues = browser.find("feed-colleagues").getText();
            assertFalse(
                    colleagues.contains("山田") || colleagues.contains("YAMADA"), "yamada is not listed: " + colleagues);
            assertFalse(colleagues.contains(PortalFeedBrowserIT.HIDDEN), colleagues);

            browser.find("to-profile").click();
            WebElement employer = browser.find("profile:employer");
            employer.clear();
            employer.sendKeys("Smith & Feed Ltd");
            browser.find("profile:save-profile").click();
            browser.waitForText("Your profile has been saved.");
            browser.go("/portal/profile.xhtml");
            assertEquals("Smith & Feed Ltd", browser.find("profile:employer").getAttribute("value"));
        }
    }

    static void theHomeFitsAPhone() {
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            browser.viewport(PHONE_WIDTH, 844, true);
            browser.signIn("/portal/index.xhtml", "alumni.yamada", "demo");
            for (String section :
                    new String[] {"feed-openings", "feed-events", "feed-news", "feed-colleagues", "to-profile"}) {
                WebElement element = browser.find(section);
                JavascriptExecutor js = (JavascriptExecutor) browser.driver();
                js.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
                double right = ((Number)
                                js.executeScript("return arguments[0].getBoundingClientRect().right;", element))
                        .doubleValue();
                assertTrue(
                        right <= PHONE_WIDTH, section + " ends at " + right + " px on a " + PHONE_WIDTH + " px phone");
            }
            fits(browser, "portal home");
            browser.find("to-profile").click();
            browser.find("profile:save-profile");
            fits(browser, "profile page");
            browser.screenshot("portal-feed-390-ja");
        }
    }

    private static void fits(Browser browser, String what) {
        long wide = ((Number) ((JavascriptExecutor) browser.driver())
                        .executeScript("return document.documentElement.scrollWidth"))
                .longValue();
        assertTrue(wide <= PHONE_WIDTH, what + " is " + wide + " px wide on a " + PHONE_WIDTH + " px phone");
    }
}
