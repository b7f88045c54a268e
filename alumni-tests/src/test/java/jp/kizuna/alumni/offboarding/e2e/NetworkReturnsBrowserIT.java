package jp.kizuna.alumni.offboarding.e2e;

import static jp.kizuna.alumni.offboarding.e2e.OffboardingBrowserIT.onFailure;
import static jp.kizuna.alumni.offboarding.e2e.OffboardingBrowserIT.seed;
import static jp.kizuna.alumni.offboarding.e2e.OffboardingBrowserIT.type;
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
import org.openqa.selenium.Keys;

/**
 * HR opens the network's returns from the menu for a year in which six alumni were rehired and referred
 * six hires, sets the cost of an agency hire and reads the yen saved, the days to hire and the funnel.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NetworkReturnsBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return OffboardingBrowserIT.deployment();
    }

    @Test
    void hrReadsYenSavedAndTheFunnel() throws Exception {
        int year = 2300 + ThreadLocalRandom.current().nextInt(600);
        String department = seed("what=returns&count=6&year=" + year);
        try (Browser browser = Browser.open(Locale.ENGLISH)) {
            onFailure(browser, "hr-returns", () -> {
                browser.signIn("/offboarding/analytics.xhtml", "hr.admin", "demo");
                browser.find(By.cssSelector("a[id$='nav-returns']")).click();
                browser.find("returns:cost_input");
                type(browser, "returns:from_input", year + "-01-01");
                type(browser, "returns:to_input", year + "-12-31");
                browser.find("returns:refresh").click();
                browser.waitForText(department);
                var cost = browser.find("returns:cost_input");
                cost.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
                cost.sendKeys("2000000");
                browser.find("returns:save-cost").click();
                browser.wait(d -> browser.find("yen-saved").getText().equals("¥24,000,000"));
                // Read again if the saved cost's update redraws the figures while they are read.
                String hires = browser.wait(d -> browser.find("rehires").getText() + " "
                        + browser.find("referral-hires").getText());
                assertTrue(
                        hires.contains("Rehires (boomerangs): 6")
                                && hires.contains("mean days to hire 61.0")
                                && hires.contains("Referral hires: 6")
                                && hires.contains("30.0"),
                        hires);
                String departments =
                        browser.wait(d -> browser.find("returns:departments").getText());
                assertTrue(departments.contains(department) && departments.contains("6 (100.0 %)"), departments);
            });
        }
    }
}
