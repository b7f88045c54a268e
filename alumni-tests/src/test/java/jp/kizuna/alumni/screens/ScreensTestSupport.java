package jp.kizuna.alumni.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import jp.kizuna.alumni.e2e.Browser;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.offboarding.e2e.OffboardingSeed;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.openqa.selenium.By;

/** The deployment and the data the screen tests share: the real application plus a seeding module. */
final class ScreensTestSupport {

    private ScreensTestSupport() {}

    /** The application as built, with a test-only module at /screens-e2e that prepares people and cases. */
    static EnterpriseArchive application() {
        EnterpriseArchive ear = Deployments.fullApplicationWithModules(
                "<module><web><web-uri>screens-e2e.war</web-uri><context-root>/screens-e2e</context-root></web></module>");
        return ear.addAsModule(ShrinkWrap.create(WebArchive.class, "screens-e2e.war")
                .addClasses(OffboardingSeed.class, ScreensSeed.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml"));
    }

    /** Asks the seeding module for data ({@code seed?what=...} as in OffboardingSeed, or {@code alumnus}). */
    static String seed(String pathAndQuery) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + Browser.httpPort() + "/screens-e2e/" + pathAndQuery))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    /** Waits until the page has drawn itself and its scripts ran (PrimeFaces widgets are ready). */
    static void settled(Browser browser) {
        browser.wait(d -> "complete"
                .equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
        browser.find(By.cssSelector("h1"));
    }
}
