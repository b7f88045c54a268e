package jp.kizuna.alumni.consultation.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import jp.kizuna.alumni.e2e.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** The browser half of {@link ConsultationBrowserIT}, kept apart so the in-container half never loads Selenium. */
final class ConsultationBrowserSteps {

    /** What the alumnus writes, to find this run's request among earlier ones. */
    private static final String NOTE =
            "E2E 復職の相談 " + UUID.randomUUID().toString().substring(0, 8);

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ConsultationBrowserSteps() {}

    private static LocalDateTime slotStart() {
        return ConsultationBrowserIT.slotStart();
    }

    private static By rowWithNote() {
        return By.xpath("//tr[.//*[contains(text(),'" + NOTE + "')]]");
    }

    static void alumnusAsks() {
        Browser.awaitApplication();
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            browser.signIn("/portal/index.xhtml", "alumni.yamada", "demo");
            browser.find(By.xpath("//header//a[normalize-space(.)='カジュアル面談']")).click();
            browser.find("request:note").sendKeys(NOTE);
            browser.find(By.xpath("//label[text()='復職（カムバック）']")).click();
            browser.find(By.xpath("//label[text()='人事部']")).click();
            browser.find("request:send-request").click();
            browser.waitForText("お申し込みを受け付けました。");
            // The portal lists requests without the note; the newest one comes first.
            WebElement newest = browser.find(By.cssSelector("#mine\\:consultations tbody tr"));
            assertEquals(
                    "候補日時の調整中",
                    newest.findElement(By.cssSelector(".consultation-status")).getText());
            assertEquals(
                    "復職（カムバック）",
                    newest.findElement(By.cssSelector(".consultation-topic")).getText());
        }
    }

    static void hrOffersATime() {
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            browser.signIn("/network/consultations.xhtml", "hr.admin", "demo");
            WebElement row = browser.find(rowWithNote());
            assertEquals(
                    "山田 太郎",
                    row.findElement(By.cssSelector(".consultation-person")).getText());
            assertEquals(
                    "候補日時の調整中",
                    row.findElement(By.cssSelector(".consultation-status")).getText());
            row.findElement(By.cssSelector(".offer-slots")).click();
            browser.find("offer-title");
            browser.find("offer:start1").sendKeys(slotStart().format(TYPED));
            browser.find("offer:place").sendKeys(ConsultationBrowserIT.PLACE);
            browser.find("offer:send-offer").click();
            browser.waitForText("1 件の候補日時を提示しました。");
            WebElement offered = browser.find(rowWithNote());
            assertEquals(
                    "候補日時から選択してください",
                    offered.findElement(By.cssSelector(".consultation-status")).getText());
        }
    }

    static void alumnusPicksTheTime() {
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            browser.signIn("/portal/consultations.xhtml", "alumni.yamada", "demo");
            WebElement newest = browser.find(By.cssSelector("#mine\\:consultations tbody tr"));
            assertEquals(
                    slotStart().format(TYPED),
                    newest.findElement(By.cssSelector(".slot-time")).getText());
            newest.findElement(By.cssSelector(".pick-slot")).click();
            browser.waitForText("日時が確定しました。");
            WebElement agreed = browser.find(By.cssSelector("#mine\\:consultations tbody tr"));
            assertEquals(
                    "日時確定",
                    agreed.findElement(By.cssSelector(".consultation-status")).getText());
            assertEquals(
                    slotStart().format(TYPED),
                    agreed.findElement(By.cssSelector(".consultation-time")).getText());
            // The same invite the mail carries, downloaded with the alumnus's session.
            String href =
                    agreed.findElement(By.cssSelector("a.download-invite")).getAttribute("href");
            Object ics = ((JavascriptExecutor) browser.driver())
                    .executeAsyncScript(
                            "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);",
                            href);
            assertTrue(String.valueOf(ics).startsWith("BEGIN:VCALENDAR"), String.valueOf(ics));
            assertTrue(String.valueOf(ics).contains("METHOD:REQUEST"), String.valueOf(ics));
        }
    }

    static void hrSeesItAgreed() {
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            browser.signIn("/network/consultations.xhtml", "hr.admin", "demo");
            WebElement row = browser.find(rowWithNote());
            assertEquals(
                    "日時確定",
                    row.findElement(By.cssSelector(".consultation-status")).getText());
            assertEquals(
                    slotStart().format(TYPED),
                    row.findElement(By.cssSelector(".consultation-time")).getText());
            assertTrue(row.getText().contains(ConsultationBrowserIT.PLACE), row.getText());
        }
    }
}
