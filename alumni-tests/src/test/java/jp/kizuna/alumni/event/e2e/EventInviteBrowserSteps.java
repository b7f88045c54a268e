package jp.kizuna.alumni.event.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import jp.kizuna.alumni.e2e.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The browser half of {@link EventInviteBrowserIT}, kept apart so the in-container half never loads Selenium. */
final class EventInviteBrowserSteps {

    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private EventInviteBrowserSteps() {}

    private static By eventRow(String title) {
        return By.xpath("//form[@id='outreach:events']//tr[./td[normalize-space(.)='" + title + "']]");
    }

    static void hrMovesAndCancels(String title) {
        Browser.awaitApplication();
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            browser.signIn("/network/outreach.xhtml", "hr.admin", "demo");
            browser.find(eventRow(title))
                    .findElement(By.cssSelector("a.event-change"))
                    .click();
            WebElement when = browser.find("change:start");
            LocalDateTime planned = LocalDateTime.parse(when.getAttribute("value"), FIELD);
            when.clear();
            when.sendKeys(planned.plusDays(1).format(FIELD));
            WebElement online = browser.find("change:online");
            online.clear();
            online.sendKeys(EventInviteBrowserIT.LINK);
            browser.find("change:move").click();
            browser.waitForText("イベントを変更し、参加予定の方に更新をお送りしました。");

            browser.find("change:call-off").click();
            WebElement yes =
                    browser.wait(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
            yes.click();
            browser.wait(d -> d.getCurrentUrl().contains("/network/outreach.xhtml"));
            browser.find(By.id("outreach:events"));
            assertFalse(browser.has(eventRow(title)), "a called-off event leaves the upcoming events");
        }
    }
}
