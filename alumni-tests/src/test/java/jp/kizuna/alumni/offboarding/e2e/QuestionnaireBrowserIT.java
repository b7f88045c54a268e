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
import org.openqa.selenium.support.ui.Select;

/**
 * A leaver answers the exit survey; HR adds a multiple choice question in the designer and publishes
 * it; the next leaver answers it; HR reads both answers, the earlier one still with its own questions.
 * At the end HR removes the question again and publishes, as the other browser tests expect the
 * original four questions.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuestionnaireBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return OffboardingBrowserIT.deployment();
    }

    @Test
    void hrAddsAQuestionALeaverAnswersItAndEarlierAnswersKeepTheirQuestions() throws Exception {
        String mark = UUID.randomUUID().toString().substring(0, 6);
        String earlierComment = "以前の版での回答 " + mark;
        String questionJa = "次のお仕事の分野は？ " + mark;
        String questionEn = "Field of your next job? " + mark;

        String earlier = seed("what=survey");
        try (Browser leaver = Browser.open(Locale.JAPANESE)) {
            onFailure(leaver, "questionnaire-earlier", () -> {
                leaver.go("/survey/index.xhtml?token=" + earlier);
                leaver.find(By.cssSelector("label[for='survey:q:0:scale:2']")).click();
                leaver.find(By.cssSelector("label[for='survey:q:1:scale:1']")).click();
                type(leaver, "survey:q:3:text", earlierComment);
                leaver.find("survey:submit").click();
                leaver.find("survey-thanks");
            });
        }

        try (Browser hr = Browser.open(Locale.ENGLISH)) {
            onFailure(hr, "questionnaire-design", () -> {
                hr.signIn("/admin/index.xhtml", "hr.admin", "demo");
                hr.find(By.cssSelector("a[id$='nav-questionnaires']")).click();
                hr.find("designer:edit").click();
                hr.find("designer:add").click();
                new Select(hr.find("designer:qs:4:kind")).selectByValue("MULTI_CHOICE");
                hr.find("designer:qs:4:addChoice").click();
                hr.find("designer:qs:4:cs:0:choiceJa");
                hr.find("designer:qs:4:addChoice").click();
                hr.find("designer:qs:4:cs:1:choiceJa");
                type(hr, "designer:qs:4:textJa", questionJa);
                type(hr, "designer:qs:4:textEn", questionEn);
                type(hr, "designer:qs:4:cs:0:choiceJa", "製造業");
                type(hr, "designer:qs:4:cs:0:choiceEn", "Manufacturing");
                // The second choice is left without text first: publishing is refused in the reader's language.
                hr.find("designer:publish").click();
                hr.waitForText("needs its text in Japanese and in English");
                type(hr, "designer:qs:4:cs:1:choiceJa", "医療・福祉");
                type(hr, "designer:qs:4:cs:1:choiceEn", "Healthcare");
                hr.find("designer:publish").click();
                hr.waitForText("is published");
                assertTrue(hr.find("designer:preview").getText().contains(questionJa));
                assertTrue(hr.find("designer:preview").getText().contains("Healthcare"));
            });
        }

        String later = seed("what=survey");
        try (Browser leaver = Browser.open(Locale.JAPANESE)) {
            onFailure(leaver, "questionnaire-answer", () -> {
                leaver.go("/survey/index.xhtml?token=" + later);
                leaver.waitForText(questionJa);
                leaver.find(By.cssSelector("label[for='survey:q:0:scale:4']")).click();
                leaver.find(By.cssSelector("label[for='survey:q:1:scale:4']")).click();
                leaver.find(By.cssSelector("label[for='survey:q:4:choices:1']")).click();
                leaver.find("survey:submit").click();
                leaver.find("survey-thanks");
            });
        }

        try (Browser hr = Browser.open(Locale.ENGLISH)) {
            onFailure(hr, "questionnaire-read", () -> {
                hr.signIn("/admin/questionnaires.xhtml", "hr.admin", "demo");
                hr.find("answers-link").click();
                String newest = hr.find(By.xpath(
                                "//section[contains(@class,'survey-answer')][.//th[contains(.,'" + questionEn + "')]]"))
                        .getText();
                assertTrue(newest.contains("Healthcare") && !newest.contains("Manufacturing"), newest);
                String older = hr.find(By.xpath("//section[contains(@class,'survey-answer')][.//td[contains(.,'"
                                + earlierComment + "')]]"))
                        .getText();
                assertFalse(
                        older.contains(questionEn), "the earlier answer shows the questions it was given to: " + older);
                assertTrue(older.contains("How was your leaving handled?"), older);

                // Back to the original questions for the other tests.
                hr.go("/admin/questionnaires.xhtml");
                hr.find("designer:edit").click();
                hr.find("designer:qs:4:remove").click();
                hr.wait(d -> d.findElements(By.id("designer:qs:4:kind")).isEmpty());
                hr.find("designer:publish").click();
                hr.waitForText("is published");
            });
        }
    }
}
