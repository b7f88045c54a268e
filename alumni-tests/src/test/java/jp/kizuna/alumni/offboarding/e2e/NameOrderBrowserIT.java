package jp.kizuna.alumni.offboarding.e2e;

import static jp.kizuna.alumni.offboarding.e2e.OffboardingBrowserIT.onFailure;
import static jp.kizuna.alumni.offboarding.e2e.OffboardingBrowserIT.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.kizuna.alumni.e2e.Browser;
import jp.kizuna.alumni.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A person's name reads the same way on every screen, family name first in both languages: HR's case
 * list, the case page (with the reading) and the alumni member page show 「山田 太郎」 to a Japanese reader
 * and "YAMADA Taro" to an English one; a Western name HR gave in Latin letters and a one-part name follow
 * the same order without a stray space.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NameOrderBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.fullApplicationWithModules(
                "<module><web><web-uri>names-e2e.war</web-uri><context-root>/names-e2e</context-root></web></module>");
        return ear.addAsModule(ShrinkWrap.create(WebArchive.class, "names-e2e.war")
                .addClass(NameSeed.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml"));
    }

    @Test
    void aJapaneseReaderSeesFamilyNameFirst() throws Exception {
        namesRead(Locale.JAPANESE, Map.of("NY", "山田 太郎", "NS", "Smith Emily", "NA", "Arif"));
    }

    @Test
    void anEnglishReaderSeesTheFamilyNameFirstInCapitals() throws Exception {
        namesRead(Locale.ENGLISH, Map.of("NY", "YAMADA Taro", "NS", "SMITH Emily", "NA", "ARIF"));
    }

    private void namesRead(Locale locale, Map<String, String> expected) throws Exception {
        List<String[]> people = seed().lines().map(line -> line.split("\t")).toList();
        String[] yamada = people.get(0);
        String suffix = yamada[1].substring(2);
        try (Browser browser = Browser.open(locale)) {
            onFailure(browser, "names-" + locale.getLanguage(), () -> {
                browser.signIn("/offboarding/cases.xhtml", "hr.admin", "demo");
                type(browser, "filters:text", suffix);
                browser.find("filters:apply").click();
                // Read in one go once the filtered list is in (an older list may hold the rows too and be replaced).
                Map<String, String> shown = browser.wait(d -> {
                    Map<String, String> names = new java.util.HashMap<>();
                    for (WebElement row : d.findElements(By.cssSelector("tr.case-row"))) {
                        List<WebElement> cells = row.findElements(By.tagName("td"));
                        names.put(cells.get(0).getText(), cells.get(1).getText());
                    }
                    boolean filtered = names.keySet().stream().allMatch(number -> number.endsWith(suffix));
                    return filtered && names.size() == people.size() ? names : null;
                });
                for (String[] person : people) {
                    String number = person[1];
                    assertEquals(expected.get(number.substring(0, 2)), shown.get(number), "the list's name column");
                }
                String list = browser.find("list:cases").getText();
                assertFalse(
                        list.contains("Taro Yamada") || list.contains("太郎 山田") || list.contains("Emily Smith"), list);

                browser.go("/offboarding/case.xhtml?id=" + yamada[0]);
                String heading = browser.find("case-employee").getText();
                assertTrue(heading.startsWith(expected.get("NY")), heading);
                assertTrue(heading.contains("ヤマダ タロウ"), "the reading beside the name: " + heading);

                browser.go("/offboarding/case.xhtml?id=" + people.get(2)[0]);
                String onePart = browser.find("case-employee").getText();
                assertTrue(
                        onePart.startsWith(expected.get("NA") + " (" + people.get(2)[1] + ")"),
                        "a one-part name with no reading: " + onePart);

                browser.go("/network/member.xhtml?id=" + yamada[2]);
                assertEquals(expected.get("NY"), browser.find("member-name").getText());
                assertEquals("ヤマダ タロウ", browser.find("member-kana").getText());
            });
        }
    }

    private static String seed() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + Browser.httpPort() + "/names-e2e/names"))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
