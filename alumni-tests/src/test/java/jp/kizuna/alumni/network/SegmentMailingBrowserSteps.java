package jp.kizuna.alumni.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jp.kizuna.alumni.e2e.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The browser half of {@link SegmentMailingBrowserIT}, kept apart so the in-container half never loads Selenium. */
final class SegmentMailingBrowserSteps {

    static final int SMTP_BASE = 2525;

    private SegmentMailingBrowserSteps() {}

    static void hrSeesTheCountConfirmsAndTheMembersGetTheMail() throws Exception {
        Browser.awaitApplication();
        GreenMail smtp = new GreenMail(new ServerSetup(
                SMTP_BASE + Integer.getInteger("alumni.port.offset", 0), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            String subject = "同窓会のご案内 " + System.nanoTime();
            browser.signIn("/network/outreach.xhtml", "hr.admin", "demo");
            openMailTab(browser);

            // Nobody in this department consented: the page says so and sends nothing.
            write(browser, SegmentMailingBrowserIT.EMPTY_DEPARTMENT, subject);
            browser.find("outreach:mailing:send").click();
            browser.waitForText("同意が有効な会員はいません");
            assertFalse(browser.find("outreach:mailing:confirm-mailing").isDisplayed(), "no confirmation for nobody");
            assertFalse(browser.text().contains("送信しました"), browser.text());

            // A test to oneself first.
            write(browser, SegmentMailingBrowserIT.DEPARTMENT, subject);
            browser.find("outreach:mailing:test-send").click();
            browser.waitForText("テストメールを " + SegmentMailingBrowserIT.HR_ADDRESS + " に送りました。");
            assertTrue(to(smtp, SegmentMailingBrowserIT.HR_ADDRESS).stream()
                    .anyMatch(m -> subjectOf(m).equals("[TEST] " + subject)));

            // The count before sending, then the confirmation.
            browser.find("outreach:mailing:send").click();
            try {
                // The button redraws the form, dialog included: look the dialog up afresh each time.
                browser.wait(
                        d -> browser.find("outreach:mailing:confirm-mailing").isDisplayed());
            } catch (org.openqa.selenium.TimeoutException noDialog) {
                throw new AssertionError("No confirmation at " + browser.url() + ":\n" + browser.text(), noDialog);
            }
            String question = browser.find("mailing-recipient-count").getText();
            assertTrue(question.contains("2 名"), question);
            browser.find("outreach:mailing:confirm-send").click();
            browser.waitForText("2 名に送信しました。");

            browser.wait(d -> Arrays.stream(smtp.getReceivedMessages())
                            .filter(m -> subjectOf(m).equals(subject))
                            .count()
                    == 2);
            assertEquals(
                    2,
                    Arrays.stream(smtp.getReceivedMessages())
                            .filter(m -> subjectOf(m).equals(subject))
                            .count());
        } finally {
            smtp.stop();
        }
    }

    static void hrPicksAnAmbassadorByName() throws Exception {
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            browser.signIn("/network/outreach.xhtml", "hr.admin", "demo");
            browser.find(By.xpath("//a[contains(@href, 'tab-ambassadors')]")).click();
            WebElement nominee = browser.wait(
                    ExpectedConditions.visibilityOfElementLocated(By.id("outreach:ambassadors:nominee_input")));
            nominee.sendKeys(SegmentMailingBrowserIT.NOMINEE_GIVEN);
            browser.wait(ExpectedConditions.elementToBeClickable(
                            By.xpath("//*[@id='outreach:ambassadors:nominee_panel']//li[contains(., '"
                                    + SegmentMailingBrowserIT.NOMINEE_GIVEN + "')]")))
                    .click();
            browser.find("outreach:ambassadors:reason").sendKeys("新卒採用イベントで登壇");
            browser.find("outreach:ambassadors:nominate").click();
            String table = browser.wait(d -> {
                String text =
                        browser.find("outreach:ambassadors:ambassador-table").getText();
                return text.contains("新卒採用イベントで登壇") ? text : null;
            });
            assertTrue(
                    table.contains(
                            SegmentMailingBrowserIT.NOMINEE_FAMILY + " " + SegmentMailingBrowserIT.NOMINEE_GIVEN),
                    table);
            assertFalse(browser.text().contains("プロフィール ID"), "no profile number to type");
        }
    }

    private static void openMailTab(Browser browser) {
        browser.find(By.xpath("//a[contains(@href, 'tab-mail')]")).click();
        browser.wait(d -> browser.find("outreach:mailing:subject").isDisplayed());
    }

    private static void write(Browser browser, String department, String subject) {
        chooseDepartment(browser, "outreach:mailing:mail-department", department);
        WebElement subjectField = browser.find("outreach:mailing:subject");
        subjectField.clear();
        subjectField.sendKeys(subject);
        WebElement body = browser.find("outreach:mailing:body");
        body.clear();
        body.sendKeys("今年も交流会を開きます。");
    }

    /**
     * Picks a department as HR does: opens the menu, types a part of its English name into the filter
     * (the page is in Japanese; either name finds it) and clicks the option, named in both languages.
     */
    private static void chooseDepartment(Browser browser, String id, String code) {
        String label = "部署" + code + " / Dept " + code;
        for (int attempt = 0; attempt < 3; attempt++) {
            browser.find(id).click();
            try {
                WebElement filter = new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id(id + "_filter")));
                filter.clear();
                filter.sendKeys("dept " + code.toLowerCase(Locale.ROOT));
                new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                        .until(ExpectedConditions.elementToBeClickable(
                                By.xpath("//*[@id='" + id + "_items']//li[@data-label='" + label + "']")))
                        .click();
                new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                        .until(d ->
                                label.equals(d.findElement(By.id(id + "_label")).getText()));
                return;
            } catch (TimeoutException | StaleElementReferenceException | ElementClickInterceptedException lost) {
                browser.driver().findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
            }
        }
        throw new AssertionError(label + " could not be chosen in " + id + ":\n" + browser.text());
    }

    private static List<MimeMessage> to(GreenMail smtp, String address) throws Exception {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().equals(address));
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
