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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Alumni and leavers use their phones: the alumni portal, the exit survey and My page on a 390 px
 * wide screen fit without sideways scrolling, and every control a person needs there is on the
 * screen and works with a tap.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhoneBrowserIT {

    private static final int WIDTH = ScreensAuditBrowserIT.PHONE_WIDTH;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScreensTestSupport.application();
    }

    @Test
    void anAlumnusEditsTheProfileAndReachesEveryPartOfThePortalOnAPhone() throws Exception {
        seed("alumnus");
        try (Browser browser = phone(Locale.JAPANESE)) {
            browser.signIn("/portal/index.xhtml", "alumni.yamada", "demo");
            settled(browser);
            fits(browser, "portal");

            // The menu is on the screen and leads on; so does the link to the directory.
            WebElement consultations = browser.find(By.cssSelector("#nav a[href$='/portal/consultations.xhtml']"));
            tap(browser, consultations);
            browser.wait(d -> d.getCurrentUrl().contains("/portal/consultations.xhtml"));
            settled(browser);
            fits(browser, "consultations");
            browser.go("/portal/index.xhtml");
            tap(browser, browser.find("to-directory"));
            browser.wait(d -> d.getCurrentUrl().contains("/portal/directory.xhtml"));
            settled(browser);
            fits(browser, "directory");
            browser.go("/portal/index.xhtml");
            settled(browser);

            // Each tab of the portal can be reached (the first is the feed); the profile form saves.
            for (WebElement tab : browser.driver().findElements(By.cssSelector("#tabs .ui-tabs-header a"))) {
                tap(browser, tab);
                fits(browser, "portal tab " + tab.getText());
            }
            // The profile form is its own page, reached from the home.
            tap(browser, browser.find("to-profile"));
            browser.wait(d -> d.getCurrentUrl().contains("/portal/profile.xhtml"));
            settled(browser);
            fits(browser, "profile");
            WebElement employer = browser.find("profile:employer");
            onScreen(browser, employer, "the employer field");
            employer.clear();
            employer.sendKeys("スマホ商事");
            WebElement save = browser.find("profile:save-profile");
            tap(browser, save);
            browser.waitForText("プロフィールを保存しました。");
            fits(browser, "portal after saving");
        }
    }

    @Test
    void aLeaverAnswersTheExitSurveyOnAPhone() throws Exception {
        String token = seed("seed?what=survey");
        try (Browser browser = phone(Locale.JAPANESE)) {
            browser.go("/survey/index.xhtml?token=" + token);
            settled(browser);
            fits(browser, "exit survey");
            tap(browser, browser.find(By.cssSelector("label[for='survey:q:0:scale:3']")));
            tap(browser, browser.find(By.cssSelector("label[for='survey:q:1:scale:4']")));
            WebElement comment = browser.find("survey:q:3:text");
            onScreen(browser, comment, "the comment field");
            comment.sendKeys("引き継ぎが丁寧でした。");
            tap(browser, browser.find("survey:submit"));
            browser.find("survey-thanks");
            fits(browser, "exit survey thanks");
        }
    }

    @Test
    void anEmployeeReadsMyPageOnAPhone() throws Exception {
        seed("seed?what=employee");
        try (Browser browser = phone(Locale.ENGLISH)) {
            browser.signIn("/me/index.xhtml", "employee.tanaka", "demo");
            settled(browser);
            fits(browser, "My page");
            for (String id :
                    new String[] {"person-name", "person-number", "person-hired", "alumni-invitation", "my-data"}) {
                onScreen(browser, browser.find(id), id);
            }
        }
    }

    private static Browser phone(Locale language) {
        Browser browser = Browser.open(language);
        browser.viewport(WIDTH, ScreensAuditBrowserIT.PHONE_HEIGHT, true);
        return browser;
    }

    /** Scrolls the control into view and taps it, as a thumb would; it must be on the screen to be tapped. */
    private static void tap(Browser browser, WebElement control) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", control);
        onScreen(browser, control, control.getTagName() + " " + control.getText());
        control.click();
    }

    private static void fits(Browser browser, String what) {
        long wide = ((Number) ((JavascriptExecutor) browser.driver())
                        .executeScript("return document.documentElement.scrollWidth"))
                .longValue();
        assertTrue(wide <= WIDTH, what + " is " + wide + " px wide on a " + WIDTH + " px phone");
    }

    private static void onScreen(Browser browser, WebElement element, String what) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        Number left = (Number) ((JavascriptExecutor) browser.driver())
                .executeScript("return arguments[0].getBoundingClientRect().left;", element);
        Number right = (Number) ((JavascriptExecutor) browser.driver())
                .executeScript("return arguments[0].getBoundingClientRect().right;", element);
        assertTrue(
                element.isDisplayed() && left.doubleValue() >= 0 && right.doubleValue() <= WIDTH,
                what + " is off the screen: " + left + "–" + right + " of " + WIDTH + " px");
    }
}
