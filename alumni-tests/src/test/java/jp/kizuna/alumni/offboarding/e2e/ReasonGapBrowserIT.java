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
import org.openqa.selenium.support.ui.Select;

/**
 * HR goes from the exit analytics to the stated-versus-real page, picks a year and reads which real
 * reasons hide behind what leavers wrote; a department of two is hidden, and so is a second one,
 * because the first could otherwise be worked out from the total.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReasonGapBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return OffboardingBrowserIT.deployment();
    }

    @Test
    void hrReadsTheRealReasonsBehindTheStatedOnesWithoutSmallGroups() throws Exception {
        int year = 2300 + ThreadLocalRandom.current().nextInt(600);
        String larger = seed("what=departures&count=8&year=" + year);
        String companion = seed("what=departures&count=6&year=" + year);
        String small = seed("what=departures&count=2&year=" + year);
        try (Browser browser = Browser.open(Locale.ENGLISH)) {
            onFailure(browser, "hr-reason-gap", () -> {
                browser.signIn("/offboarding/analytics.xhtml", "hr.admin", "demo");
                browser.find("analytics:to-reason-gap").click();
                browser.find("gap:period");
                type(browser, "gap:from_input", year + "-01-01");
                type(browser, "gap:to_input", year + "-12-31");
                new Select(browser.find("gap:period")).selectByValue("YEAR");
                browser.find("gap:refresh").click();

                browser.waitForText(larger);
                // Seeded leavers wrote no reason; HR recorded career growth for all 16.
                assertTrue(
                        browser.find("gap-overall").getText().contains("100.0 %"),
                        browser.find("gap-overall").getText());
                String departments = browser.find("gap:departments").getText();
                assertTrue(departments.contains(larger), departments);
                assertFalse(browser.text().contains(small), "a department with 2 leavers is not shown");
                assertFalse(browser.text().contains(companion), "6 leavers would give the 2 away by subtraction");
                assertTrue(
                        browser.find("hidden-departments").getText().endsWith("2"),
                        browser.find("hidden-departments").getText());
                assertTrue(browser.find("gap:periods").getText().contains(String.valueOf(year)));
                String behind = browser.text();
                assertTrue(behind.contains("Not stated") && behind.contains("Career growth"), behind);
                assertTrue(browser.has(By.cssSelector("#gap\\:departments .bar")), "bars drawn");
            });
        }
    }
}
