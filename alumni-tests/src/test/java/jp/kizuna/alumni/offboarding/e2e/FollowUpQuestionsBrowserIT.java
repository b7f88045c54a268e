package jp.kizuna.alumni.offboarding.e2e;

import static jp.kizuna.alumni.offboarding.e2e.OffboardingBrowserIT.onFailure;
import static jp.kizuna.alumni.offboarding.e2e.OffboardingBrowserIT.seed;
import static jp.kizuna.alumni.offboarding.e2e.OffboardingBrowserIT.type;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.UUID;
import jp.kizuna.alumni.e2e.Browser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * HR picks the follow-up interview's questions in the designer (English screens), adds a scale and a
 * free-text question and publishes them; then (Japanese screens) moves a case past its last day into the
 * follow-up, writes the follow-up interview up answering both questions besides the notes, and reads the
 * answers back on the case next to the notes. At the end HR publishes the follow-up without questions
 * again, as the other browser tests write follow-ups up with the fixed fields only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FollowUpQuestionsBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return OffboardingBrowserIT.deployment();
    }

    @Test
    void hrAddsAFollowUpQuestionRecordsAFollowUpAnsweringItAndReadsItBack() throws Exception {
        String mark = UUID.randomUUID().toString().substring(0, 6);
        String scaleJa = "退職後の当社への印象 " + mark;
        String scaleEn = "Your view of us now " + mark;
        String wordJa = "残る社員へのひとこと " + mark;
        String wordEn = "A word for those who stay " + mark;
        String word = "評価の基準を公開してほしい " + mark;

        try (Browser hr = Browser.open(Locale.ENGLISH)) {
            onFailure(hr, "follow-up-questions-design", () -> {
                hr.signIn("/admin/index.xhtml", "hr.admin", "demo");
                hr.find(By.cssSelector("a[id$='nav-questionnaires']")).click();
                hr.find(By.cssSelector("a[data-set='FOLLOW_UP']")).click();
                hr.wait(d -> hr.find("set-title").getText().equals("Follow-up interview (after the last day)"));
                assertFalse(hr.has(By.id("answers-link")), "the exit survey's answers page belongs to the exit survey");
                hr.find("designer:edit").click();
                hr.find("designer:add").click();
                new Select(hr.find("designer:qs:0:kind")).selectByValue("SCALE");
                hr.find(By.cssSelector("[id^='designer:qs:0:scaleMin']"));
                type(hr, "designer:qs:0:textJa", scaleJa);
                type(hr, "designer:qs:0:textEn", scaleEn);
                hr.find("designer:add").click();
                hr.find("designer:qs:1:textJa");
                type(hr, "designer:qs:1:textJa", wordJa);
                // Only Japanese first: publishing is refused in the reader's language.
                hr.find("designer:publish").click();
                hr.waitForText("needs its text in Japanese and in English");
                type(hr, "designer:qs:1:textEn", wordEn);
                hr.find("designer:publish").click();
                hr.waitForText("is published");
                String preview = hr.find("designer:preview").getText();
                assertTrue(preview.contains(scaleEn) && preview.contains(wordJa), preview);
                // The exit survey's questions are another questionnaire: untouched. (Back at the top of the
                // page first: the menu bar stays in front of the links when scrolled.)
                ((JavascriptExecutor) hr.driver()).executeScript("window.scrollTo(0, 0)");
                hr.find(By.cssSelector("a[data-set='EXIT_SURVEY']")).click();
                hr.wait(d -> hr.find("set-title").getText().equals("Exit survey"));
                assertFalse(hr.find("designer:preview").getText().contains(scaleEn));
            });
        }

        String[] seeded = seed("what=pastLastDay").split("\t");
        String caseId = seeded[0];
        try (Browser hr = Browser.open(Locale.JAPANESE)) {
            onFailure(hr, "follow-up-questions-record", () -> {
                hr.signIn("/admin/index.xhtml", "hr.admin", "demo");
                hr.go("/offboarding/case.xhtml?id=" + caseId);
                hr.find("case:advance").click();
                hr.wait(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                        .click();
                hr.wait(d -> "フォローアップ".equals(hr.find("case-status").getText()));
                hr.find("case:follow-up-record").click();

                // HR's questions in Japanese, besides the notes.
                hr.waitForText(scaleJa);
                assertTrue(hr.text().contains(wordJa), "both questions are asked");
                assertFalse(hr.text().contains(scaleEn), "in the reader's language");
                hr.find(By.cssSelector("label[for='interview:q:0:scale:3']")).click();
                type(hr, "interview:q:1:text", word);
                type(hr, "interview:notes", "退職後に本音を聞けた。評価制度への不満が主な理由。");
                hr.find("interview:save").click();
                hr.waitForText("面談を記録しました。");

                // Read back next to the notes, on request (the reading is audited), with the questions asked.
                assertFalse(hr.text().contains(word), "answers are shown only on request, like the notes");
                hr.find(By.cssSelector("button[id$=':show-notes']")).click();
                hr.waitForText(word);
                String answers = hr.find(By.cssSelector(".interview-answers")).getText();
                assertTrue(answers.contains(scaleJa) && answers.contains("4"), answers);
                assertTrue(answers.contains(wordJa) && answers.contains(word), answers);
                assertTrue(hr.text().contains("評価制度への不満が主な理由"), "the notes as before");
            });
        }

        try (Browser hr = Browser.open(Locale.ENGLISH)) {
            onFailure(hr, "follow-up-questions-reset", () -> {
                hr.signIn("/admin/index.xhtml", "hr.admin", "demo");
                hr.go("/admin/questionnaires.xhtml?set=FOLLOW_UP");
                hr.wait(d -> hr.find("set-title").getText().equals("Follow-up interview (after the last day)"));
                hr.find("designer:edit").click();
                hr.find("designer:qs:1:remove").click();
                hr.wait(d -> d.findElements(By.id("designer:qs:1:kind")).isEmpty());
                hr.find("designer:qs:0:remove").click();
                hr.wait(d -> d.findElements(By.id("designer:qs:0:kind")).isEmpty());
                hr.find("designer:publish").click();
                hr.waitForText("is published");
            });
        }
    }
}
