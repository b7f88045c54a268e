package jp.kizuna.alumni.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.kizuna.alumni.e2e.Browser;
import jp.kizuna.alumni.e2e.Tokens;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * The cluster as its users meet it: two WildFly nodes behind HAProxy, started by bin/cluster-test
 * (which also runs the 10,000-message failover and the timer check). Runs only there: without
 * {@code alumni.cluster.balancer} (a normal mvn verify) it is skipped.
 */
@EnabledIfSystemProperty(named = "alumni.cluster.balancer", matches = ".+")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailoverIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<Node> NODES = Node.fromProperty(System.getProperty("alumni.cluster.nodes", ""));

    /** A cluster node as bin/cluster-test started it: name (jboss.node.name), port offset, base directory. */
    record Node(String name, int offset, String baseDir) {

        static List<Node> fromProperty(String value) {
            List<Node> nodes = new ArrayList<>();
            for (String node : value.split(",")) {
                if (!node.isBlank()) {
                    String[] parts = node.split(":", 3);
                    nodes.add(new Node(parts[0], Integer.parseInt(parts[1]), parts[2]));
                }
            }
            return nodes;
        }

        String url(String path) {
            return "http://localhost:" + (8080 + offset) + path;
        }

        /** kill -9 of the node's Java process (and its start script), as a crashed machine would. */
        void kill() {
            ProcessHandle.allProcesses()
                    .filter(process -> process.info()
                            .commandLine()
                            .map(line -> line.contains("-Djboss.server.base.dir=" + baseDir + " "))
                            .orElse(false))
                    .forEach(ProcessHandle::destroyForcibly);
        }

        static Node named(String name) {
            return NODES.stream()
                    .filter(node -> node.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("No cluster node named " + name + " in " + NODES));
        }
    }

    /**
     * (3) A change made through node A is in the next directory search on node B: the HR system
     * renames an alumnus on A; B's directory, which has just answered the same search, finds the new name.
     */
    @Test
    @Order(1)
    void directoryChangeOnOneNodeIsInTheNextSearchOnTheOther() throws Exception {
        Node a = NODES.get(0);
        Node b = NODES.get(1);
        String user = Tokens.forUser("hr.admin", "demo");
        String hrSystem = Tokens.forHrSystem();
        // A reading no one else has (the HR system accepts only kana there).
        StringBuilder marker = new StringBuilder("クラスタ");
        for (long n = System.currentTimeMillis(); marker.length() < 10; n /= 10) {
            marker.append("アイウエオカキクケコ".charAt((int) (n % 10)));
        }

        HttpResponse<String> before = get(b.url("/alumni-ws/api/directory?text=" + encode("スミス")), user);
        assertEquals(200, before.statusCode(), before.body());
        HttpResponse<String> cachedOnB = get(b.url("/alumni-ws/api/directory?text=" + encode(marker.toString())), user);
        assertTrue(cachedOnB.body().startsWith("{\"total\":0"), cachedOnB.body());

        // E0310 is the demo alumna Emily Smith; the HR system gives her a family name in kana.
        HttpResponse<String> renamed = HTTP.send(
                HttpRequest.newBuilder(URI.create(a.url("/alumni-ws/api/hr/v1/employees")))
                        .header("Authorization", "Bearer " + hrSystem)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", "cluster-" + System.currentTimeMillis())
                        .PUT(HttpRequest.BodyPublishers.ofString(
                                "[{\"employeeNumber\":\"E0310\",\"familyName\":\"Smith\","
                                        + "\"givenName\":\"Emily\",\"familyNameKana\":\"" + marker
                                        + "\",\"givenNameKana\":\"エミリー\","
                                        + "\"workEmail\":\"alumni.smith@example.co.jp\",\"departmentCode\":\"ENG\","
                                        + "\"managerNumber\":\"E0102\",\"hireDate\":\"2018-10-01\"}]"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, renamed.statusCode(), renamed.body());

        HttpResponse<String> after = get(b.url("/alumni-ws/api/directory?text=" + encode(marker.toString())), user);
        assertEquals(200, after.statusCode(), after.body());
        assertTrue(
                after.body().startsWith("{\"total\":1"),
                "the change made on " + a.name() + " is not in the next search on " + b.name() + ": " + after.body());
        assertTrue(after.body().contains("Emily"), after.body());
    }

    /**
     * (1) A signed-in alumnus keeps working when the node serving them dies: the language chosen
     * in the session, the profile saved before and the text typed into the open form are all there
     * on the other node, and no new sign-in is asked for.
     */
    @Test
    @Order(2)
    void signedInUserContinuesOnTheOtherNodeAfterKillOfTheirNode() throws Exception {
        for (Node node : NODES) {
            warmUp(node.url("/alumni/signed-out.xhtml"));
        }
        String employer = "株式会社クラスタ" + Long.toString(System.currentTimeMillis() % 100000);
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            browser.signIn("/portal/profile.xhtml", "alumni.yamada", "demo");
            browser.find("nav:lang-en").click();
            browser.find("nav:lang-ja");
            WebElement field = browser.find("profile:employer");
            field.clear();
            field.sendKeys(employer);
            browser.find("profile:save-profile").click();
            browser.waitForText("Your profile has been saved.");

            Node served = Node.named(servingNode(browser, true));
            Node survivor =
                    NODES.stream().filter(node -> node != served).findFirst().orElseThrow();
            // Typed into the open form but not yet saved: its view state lives in the session.
            WebElement role = browser.find("profile:role");
            role.clear();
            role.sendKeys("クラスタ担当");

            served.kill();
            long killed = System.nanoTime();
            Files.writeString(
                    Path.of(System.getProperty("alumni.cluster.killed-file", "target/cluster-killed")), served.name());

            // The same button again, as the user would click it: a postback of the page the dead node rendered.
            int resent = 0;
            browser.find("profile:save-profile").click();
            while (!pageSays(browser, "Your profile has been saved.")) {
                // The balancer had not yet noticed the dead node, or the answer was an error page: send again.
                assertTrue(
                        resent < 10,
                        "no answer from the surviving node after " + resent + " re-sends: " + browser.text());
                resent++;
                if (browser.has(By.id("profile:save-profile"))) {
                    browser.find("profile:save-profile").click();
                } else {
                    browser.driver().navigate().back();
                    browser.find("profile:role").clear();
                    browser.find("profile:role").sendKeys("クラスタ担当");
                    browser.find("profile:save-profile").click();
                }
            }
            double seconds = (System.nanoTime() - killed) / 1e9;

            assertFalse(browser.url().contains("/realms/alumni/"), "asked to sign in again: " + browser.url());
            assertEquals(survivor.name(), servingNode(browser, false), "answered by the surviving node");
            browser.go("/portal/profile.xhtml");
            assertEquals(employer, browser.find("profile:employer").getAttribute("value"));
            assertEquals("クラスタ担当", browser.find("profile:role").getAttribute("value"));
            assertTrue(browser.has(By.id("nav:lang-ja")), "the language chosen before the failover is kept");
            assertFalse(browser.url().contains("/realms/alumni/"), browser.url());

            String figures = String.format(
                    Locale.ROOT,
                    "browser failover: kill -9 of %s, answered by %s after %.1f s, re-sends needed: %d, sign-ins needed: 0",
                    served.name(),
                    survivor.name(),
                    seconds,
                    resent);
            System.out.println(figures);
            Files.writeString(
                    Path.of(System.getProperty("alumni.cluster.figures-file", "target/cluster-figures")),
                    figures + System.lineSeparator());
        }
    }

    /**
     * The node that answered the browser: the balancer's sticky cookie names it. Before a failover
     * WildFly's session id ends with the same name (".<node name>"), which is checked too.
     */
    private static String servingNode(Browser browser, boolean checkRoute) {
        Cookie balancer = browser.driver().manage().getCookieNamed("ALUMNI_NODE");
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertTrue(balancer != null, "no sticky cookie from the balancer");
        if (checkRoute) {
            assertTrue(
                    session != null && session.getValue().endsWith("." + balancer.getValue()),
                    "the session id names the node the balancer chose (" + balancer.getValue() + "): " + session);
        }
        return balancer.getValue();
    }

    private static boolean pageSays(Browser browser, String text) {
        try {
            browser.wait(d -> d.findElement(By.tagName("body")).getText().contains(text)
                    || d.findElements(By.id("profile:save-profile")).isEmpty());
            return browser.text().contains(text);
        } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.NoSuchElementException notYet) {
            return false;
        }
    }

    private static void warmUp(String url) throws IOException, InterruptedException {
        HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(120))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private static HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
