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

/**
 * HR opens the leaving experience from the menu and reads the offboarding score of a department; a
 * department with two answers stays hidden (and the manager line is shown); the manager of those
 * leavers sees the same department, marked as their own reports' answers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LeavingExperienceBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return OffboardingBrowserIT.deployment();
    }

    @Test
    void hrAndTheManagerReadTheLeavingExperienceWithoutSmallGroups() throws Exception {
        int year = 2300 + ThreadLocalRandom.current().nextInt(600);
        String department = seed("what=answers&count=6&year=" + year);
        String companion = seed("what=answers&count=7&year=" + year);
        String small = seed("what=answers&count=2&year=" + year);
        try (Browser browser = Browser.open(Locale.ENGLISH)) {
            onFailure(browser, "hr-experience", () -> {
                browser.signIn("/offboarding/analytics.xhtml", "hr.admin", "demo");
                browser.find("analytics:to-experience").click();
                browser.find("scope-note");
                type(browser, "experience:from_input", year + "-01-01");
                type(browser, "experience:to_input", year + "-12-31");
                browser.find("experience:refresh").click();

                browser.waitForText(companion);
                String departments = browser.find("experience:departments").getText();
                assertTrue(
                        departments.contains(companion)
                                && departments.contains("4.0")
                                && departments.contains("57.1 %"),
                        departments);
                assertFalse(browser.text().contains(small), "2 answers are not shown");
                assertFalse(departments.contains(department), "6 answers would give the 2 away by subtraction");
                assertTrue(browser.find("experience:months").getText().contains(year + "-06"));
                assertTrue(browser.find("scope-note").getText().contains("all leavers"));
            });
        }
        try (Browser browser = Browser.open(Locale.ENGLISH)) {
            onFailure(browser, "manager-experience", () -> {
                browser.signIn("/offboarding/experience.xhtml", "manager.sato", "demo");
                assertTrue(browser.find("scope-note").getText().contains("reported to you"));
                type(browser, "experience:from_input", year + "-01-01");
                type(browser, "experience:to_input", year + "-12-31");
                browser.find("experience:refresh").click();
                browser.waitForText(companion);
                // All 15 answers are of this manager's reports: 8 of them would come back.
                String managers = browser.find("experience:managers").getText();
                assertTrue(managers.contains("15") && managers.contains("53.3 %"), managers);
                assertTrue(browser.find("experience:departments").getText().contains(companion));
            });
        }
    }
}
