package jp.kizuna.alumni.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import jp.kizuna.alumni.e2e.Browser;
import jp.kizuna.alumni.e2e.WebSession;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The browser half of {@link PortalBrowserIT}, kept apart so the in-container half never loads Selenium. */
final class PortalBrowserSteps {

    private PortalBrowserSteps() {}

    static void alumnusEditsTheProfileAndExpressesInterest() {
        Browser.awaitApplication();
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            browser.signIn("/portal/index.xhtml", "alumni.yamada", "demo");
            browser.find("to-profile").click();
            WebElement employer;
            try {
                employer = browser.find("profile:employer");
            } catch (org.openqa.selenium.TimeoutException missing) {
                throw new AssertionError("No profile form at " + browser.url() + ":\n" + browser.text(), missing);
            }
            employer.clear();
            employer.sendKeys(PortalBrowserIT.EMPLOYER);
            WebElement role = browser.find("profile:role");
            role.clear();
            role.sendKeys("営業本部長");
            browser.find("profile:save-profile").click();
            browser.waitForText("プロフィールを保存しました。");
            assertEquals(
                    PortalBrowserIT.EMPLOYER, browser.find("profile:employer").getAttribute("value"));
            browser.find("to-home").click();

            browser.find(By.xpath("//a[normalize-space(text())='募集']")).click();
            WebElement row = browser.find(By.xpath("//tr[.//strong[text()='" + PortalBrowserIT.OPENING + "']]"));
            browser.wait(
                    d -> row.findElement(By.cssSelector(".interest-button")).isDisplayed());
            row.findElement(By.cssSelector(".interest-button")).click();
            browser.waitForText("関心を人事部に伝えました。");
            browser.find(By.xpath("//a[normalize-space(text())='募集']")).click();
            WebElement answered = browser.find(By.xpath("//tr[.//strong[text()='" + PortalBrowserIT.OPENING + "']]"));
            assertEquals(
                    "関心あり",
                    answered.findElement(By.cssSelector(".interest-stage")).getText());
        }
    }

    static void hrSeesTheInterestInThePipelineAndTheProfileInTheDirectory() {
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            browser.signIn("/network/index.xhtml", "hr.admin", "demo");
            WebElement row = browser.find(By.xpath(
                    "//tr[.//a[text()='" + PortalBrowserIT.OPENING + "'] and .//td[normalize-space(.)='募集中']]"));
            assertEquals("1", row.findElement(By.cssSelector(".interest-count")).getText());
            row.findElement(By.linkText(PortalBrowserIT.OPENING)).click();
            browser.find("opportunity-title");
            WebElement candidate = browser.find(By.xpath("//tr[.//span[@class='candidate-name' and text()='山田 太郎']]"));
            assertEquals(
                    "関心あり",
                    candidate.findElement(By.cssSelector(".pipeline-stage")).getText());

            // Rehire eligibility for the candidate, picked rather than typed in full: HR starts typing the number
            // the pipeline shows (a full test run leaves thousands of namesakes; by name and by reading the
            // picker is PeopleSearchIT's).
            // (read afresh: the pipeline table is redrawn after the page loads)
            String number = browser.wait(
                    d -> d.findElement(By.xpath("//tr[.//span[@class='candidate-name' and text()='山田 太郎']]/td[2]"))
                            .getText()
                            .strip());
            browser.find("eligibility:number_input").sendKeys(number);
            browser.wait(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(
                            By.xpath("//*[@id='eligibility:number_panel']//li[contains(., '" + number + "')]")))
                    .click();
            browser.wait(d -> browser.find("eligibility:number_input")
                    .getAttribute("value")
                    .startsWith("山田 太郎"));
            browser.find("eligibility:reasons").sendKeys("前職での評価が高く、元上司の推薦あり");
            browser.find("eligibility:decide").click();
            browser.waitForText("判定を退職記録と紐付けて記録しました。");

            browser.go("/network/directory.xhtml");
            browser.find("directory:text").sendKeys(PortalBrowserIT.EMPLOYER);
            browser.find("directory:search").click();
            // The Ajax search replaces the table: read it inside the wait, which looks again after a replacement.
            browser.wait(d -> d.findElement(By.id("directory-count")).getText().contains("1")
                    && d.findElement(By.id("directory:results")).getText().contains("山田 太郎")
                    && d.findElement(By.id("directory:results")).getText().contains("営業本部長"));

            // The consent history behind the listing: what was agreed to, in which wording, in force.
            browser.find("directory:results")
                    .findElement(By.cssSelector("a.member-link"))
                    .click();
            browser.wait(d -> d.findElement(By.id("member-name")).getText().equals("山田 太郎"));
            String history = browser.find("consent-history").getText();
            assertTrue(history.contains("名簿への掲載") && history.contains("再雇用のご案内"), history);
            assertTrue(history.contains(jp.kizuna.alumni.privacy.ConsentPurpose.CURRENT_TEXT_VERSION), history);
            assertTrue(history.contains("有効") && !history.contains("撤回済み"), history);
        }
    }

    /** The one-click interest taken back on the portal; HR's pipeline says the member withdrew it. */
    static void theAlumnusTakesTheInterestBackAndHrSeesIt() {
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            browser.signIn("/portal/index.xhtml", "alumni.yamada", "demo");
            browser.find(By.xpath("//a[normalize-space(text())='募集']")).click();
            WebElement row = browser.find(By.xpath("//tr[.//strong[text()='" + PortalBrowserIT.OPENING + "']]"));
            browser.wait(
                    d -> row.findElement(By.cssSelector(".withdraw-interest")).isDisplayed());
            row.findElement(By.cssSelector(".withdraw-interest")).click();
            browser.waitForText("関心を取り下げました。");
            browser.find(By.xpath("//a[normalize-space(text())='募集']")).click();
            WebElement answered = browser.find(By.xpath("//tr[.//strong[text()='" + PortalBrowserIT.OPENING + "']]"));
            assertEquals(
                    "本人が取り下げ",
                    answered.findElement(By.cssSelector(".interest-stage")).getText());
            assertTrue(answered.findElement(By.cssSelector(".interest-button")).isDisplayed(), "can say it again");
        }
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            browser.signIn("/network/index.xhtml", "hr.admin", "demo");
            WebElement row = browser.find(By.xpath(
                    "//tr[.//a[text()='" + PortalBrowserIT.OPENING + "'] and .//td[normalize-space(.)='募集中']]"));
            row.findElement(By.linkText(PortalBrowserIT.OPENING)).click();
            browser.find("opportunity-title");
            WebElement candidate = browser.find(By.xpath("//tr[.//span[@class='candidate-name' and text()='山田 太郎']]"));
            assertEquals(
                    "本人が取り下げ",
                    candidate.findElement(By.cssSelector(".pipeline-stage")).getText());
        }
    }

    /** HR types the member's name in romaji, in capitals; the department facet reads as a name, not a code. */
    static void hrFindsTheMemberByRomajiWithDepartmentNamesInTheFacets() {
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            browser.signIn("/network/directory.xhtml", "hr.admin", "demo");
            browser.find("directory:text").sendKeys("YAMADA Taro");
            browser.find("directory:search").click();
            browser.wait(d -> d.findElement(By.id("directory:results"))
                            .getText()
                            .contains("山田 太郎")
                    && d.findElement(By.id("directory:results")).getText().contains(PortalBrowserIT.EMPLOYER));
            browser.wait(d -> d.findElements(By.cssSelector("a.department-facet")).stream()
                    .anyMatch(a -> a.getText().startsWith("部署E2E-SALES (")));
        }
        try (Browser browser = Browser.open(Locale.ENGLISH)) {
            browser.signIn("/network/directory.xhtml", "hr.admin", "demo");
            browser.find("directory:text").sendKeys("yamada");
            browser.find("directory:search").click();
            browser.wait(d -> d.findElements(By.cssSelector("a.department-facet")).stream()
                    .anyMatch(a -> a.getText().startsWith("Dept E2E-SALES (")));
        }
    }

    /** After the edits of the first step: the JSON copy holds them, the consents and the interest. */
    static void theAlumnusDownloadsTheirOwnData() throws Exception {
        WebSession alumnus = WebSession.signedIn("alumni.yamada", "demo");
        java.net.http.HttpResponse<String> download = alumnus.get("/portal/my-data");
        assertEquals(200, download.statusCode(), download.body());
        assertTrue(
                download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        jakarta.json.JsonObject data = jakarta.json.Json.createReader(new java.io.StringReader(download.body()))
                .readObject();
        assertEquals(jp.kizuna.alumni.subjectaccess.PersonalDataReport.FORMAT, data.getString("format"));
        assertEquals("山田", data.getJsonObject("person").getString("familyName"));
        assertEquals(
                PortalBrowserIT.EMPLOYER, data.getJsonObject("alumniProfile").getString("currentEmployer"));
        assertTrue(
                data.getJsonArray("consents").stream()
                        .map(jakarta.json.JsonObject.class::cast)
                        .anyMatch(c -> c.getString("purpose").equals("DIRECTORY") && c.isNull("withdrawnAt")),
                download.body());
        assertTrue(
                data.getJsonArray("opportunityInterests").stream()
                        .map(jakarta.json.JsonObject.class::cast)
                        .anyMatch(i -> i.getString("opportunity").equals(PortalBrowserIT.OPENING)),
                download.body());

        // Someone else's area stays closed: an employee's copy is under /me, not /portal.
        assertEquals(
                403,
                WebSession.signedIn("employee.tanaka", "demo")
                        .get("/portal/my-data")
                        .statusCode());
    }
}
