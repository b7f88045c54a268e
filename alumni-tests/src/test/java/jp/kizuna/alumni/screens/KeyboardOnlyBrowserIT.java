package jp.kizuna.alumni.screens;

import static jp.kizuna.alumni.screens.ScreensTestSupport.seed;
import static jp.kizuna.alumni.screens.ScreensTestSupport.settled;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import jp.kizuna.alumni.e2e.Browser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A manager who uses no mouse (a screen reader user, a broken trackpad) signs in and records an
 * interview with the Tab, Enter and Space keys and typing alone: every control on the way is
 * reachable, works from the keyboard and shows that it has the focus. The cases list on the way has
 * date filters: passing through them must open no calendar (one used to catch the Tab key in its
 * day links).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeyboardOnlyBrowserIT {

    /** More Tab presses than any page on the way has controls before the one wanted. */
    private static final int MOST_TABS = 120;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScreensTestSupport.application();
    }

    @Test
    void aManagerSignsInAndRecordsAnInterviewWithTheKeyboardOnly() throws Exception {
        String[] seeded = seed("seed?what=pastLastDay").split("\t");
        String caseId = seeded[0];
        String name = seeded[1];
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            browser.go("/offboarding/cases.xhtml");
            browser.find("username");
            // Keycloak's sign-in page: its own theme, so only reachability is checked there.
            tabTo(browser, "username", e -> "username".equals(e.getAttribute("id")), false);
            type(browser, "manager.sato");
            tabTo(browser, "password", e -> "password".equals(e.getAttribute("id")), false);
            type(browser, "demo");
            press(browser, Keys.ENTER);
            browser.wait(d -> d.getCurrentUrl().contains("/alumni/offboarding/cases.xhtml"));
            settled(browser);

            tabTo(browser, "the search field", e -> "filters:text".equals(e.getAttribute("id")));
            type(browser, name.split(" ")[0]); // the family name, as people search
            WebElement before = browser.find("list:cases_data");
            press(browser, Keys.ENTER); // a search field searches on Enter
            browser.wait(ExpectedConditions.stalenessOf(before)); // the list redrawn with the matches
            browser.wait(d -> !d.findElements(org.openqa.selenium.By.cssSelector("a[href*='id=" + caseId + "']"))
                    .isEmpty());
            tabTo(
                    browser,
                    "the case",
                    e -> String.valueOf(e.getAttribute("href")).endsWith("id=" + caseId));
            press(browser, Keys.ENTER);

            browser.wait(d -> d.getCurrentUrl().contains("/offboarding/case.xhtml"));
            settled(browser);
            tabTo(browser, "new interview", e -> "case:interview-new".equals(e.getAttribute("id")));
            press(browser, Keys.ENTER);

            browser.wait(d -> d.getCurrentUrl().contains("/offboarding/interview.xhtml"));
            settled(browser);
            tabTo(browser, "the notes", e -> "interview:notes".equals(e.getAttribute("id")));
            type(browser, "キーボードだけで記録。引き継ぎは順調。");
            tabTo(browser, "save", e -> "interview:save".equals(e.getAttribute("id")));
            press(browser, Keys.SPACE); // a button is pressed with Space as well as Enter

            browser.waitForText("面談を記録しました。");
            assertTrue(browser.url().contains("/offboarding/case.xhtml"), browser.url());
        }
    }

    private static void tabTo(Browser browser, String what, Predicate<WebElement> wanted) {
        tabTo(browser, what, wanted, true);
    }

    /**
     * Presses Tab until the focused element is the one wanted, as a keyboard user would; then,
     * unless told otherwise, checks that the focus shows (an outline or a focus ring on the
     * element or the widget around it).
     */
    private static void tabTo(Browser browser, String what, Predicate<WebElement> wanted, boolean focusMustShow) {
        List<String> trail = new ArrayList<>();
        for (int press = 0; press <= MOST_TABS; press++) {
            WebElement focused = (WebElement)
                    ((JavascriptExecutor) browser.driver()).executeScript("return document.activeElement;");
            if (focused != null && wanted.test(focused)) {
                if (focusMustShow) {
                    assertTrue(
                            focusShows(browser, focused),
                            what + " has the focus but does not show it on " + browser.url());
                }
                return;
            }
            trail.add(focused == null ? "-" : focused.getTagName() + "#" + focused.getAttribute("id"));
            press(browser, Keys.TAB);
        }
        fail(what + " cannot be reached with the Tab key on " + browser.url() + "; the focus went "
                + String.join(" > ", trail.subList(0, Math.min(40, trail.size()))));
    }

    private static boolean focusShows(Browser browser, WebElement focused) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript("""
                for (var n = arguments[0], i = 0; n && i < 3; n = n.parentElement, i++) {
                    var s = getComputedStyle(n);
                    if ((s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)
                            || (s.boxShadow && s.boxShadow !== 'none')) {
                        return true;
                    }
                }
                return false;""", focused));
    }

    private static void press(Browser browser, Keys key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    private static void type(Browser browser, String text) {
        new Actions(browser.driver()).sendKeys(text).perform();
    }
}
