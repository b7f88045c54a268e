package jp.kizuna.alumni.cluster;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kizuna.alumni.e2e.Browser;
import jp.kizuna.alumni.it.Poll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * (5) An HR file import started on one node completes after that node is killed: HR uploads a file
 * of 20,000 employees through the balancer, the node that received it (and runs its batch job) is
 * killed with kill -9 mid-file, and the import page, still open in the same browser, shows the
 * import going on and completing on the other node with every row applied once. bin/cluster-test
 * counts the employees in the database afterwards and prints the figures this test writes.
 */
@EnabledIfSystemProperty(named = "alumni.cluster.balancer", matches = ".+")
class ClusterImportIT {

    private static final Pattern PERCENT = Pattern.compile("(\\d+)%");

    @Test
    void anImportStartedOnANodeCompletesAfterThatNodeIsKilled() throws Exception {
        int rows = Integer.getInteger("alumni.cluster.import-rows", 20_000);
        String prefix =
                System.getProperty("alumni.cluster.import-prefix", "CI" + (System.currentTimeMillis() % 100000));
        StringBuilder csv = new StringBuilder("社員番号,姓,名,セイ,メイ,入社日\r\n");
        for (int i = 0; i < rows; i++) {
            csv.append(prefix).append(String.format("%06d", i)).append(",山田,太郎,ヤマダ,タロウ,2015-04-01\r\n");
        }
        Path file = Files.createTempFile("cluster-", ".csv");
        Files.write(file, csv.toString().getBytes(StandardCharsets.UTF_8));

        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            browser.signIn("/admin/imports.xhtml", "hr.admin", "demo");
            browser.find(By.cssSelector("input[type=file]"))
                    .sendKeys(file.toAbsolutePath().toString());
            browser.find("import:start").click();
            browser.find("run:progress");
            Cookie route = browser.driver().manage().getCookieNamed("ALUMNI_NODE");
            assertTrue(route != null, "no sticky cookie from the balancer");
            ClusterFailoverIT.Node served = ClusterFailoverIT.Node.named(route.getValue());
            String importLink = browser.find("run:permalink").getAttribute("href");

            // Killed once a tenth of the file is in, not at a fixed time.
            int atKill = Poll.value("a tenth of the file imported", Duration.ofMinutes(5), () -> {
                int percent = percent(browser);
                assertTrue(percent < 100, "the import finished before its node could be killed");
                return percent >= 10 ? percent : null;
            });
            served.kill();
            long killed = System.nanoTime();
            Files.writeString(
                    Path.of(System.getProperty("alumni.cluster.killed-file", "target/cluster-killed")), served.name());

            // The page goes on polling through the balancer; its view lives in the replicated session.
            // Should a poll have been lost in the failover, the import's own address shows it again.
            double[] resumed = {-1};
            int[] reloads = {0};
            Poll.until("the import to complete on the other node", Duration.ofMinutes(5), () -> {
                int now;
                try {
                    now = percent(browser);
                } catch (RuntimeException notThere) {
                    now = -1;
                }
                // Taken over when the page says so: a higher percentage alone may be chunks the
                // killed node committed before it died.
                if (resumed[0] < 0 && browser.has(By.id("run:resumed"))) {
                    resumed[0] = (System.nanoTime() - killed) / 1e9;
                }
                if (now == 100 && browser.has(By.id("run:errors"))) {
                    return true;
                }
                if (now < 0 || (System.nanoTime() - killed) / 1e9 > 20 * (reloads[0] + 1) && now <= atKill) {
                    reloads[0]++;
                    browser.driver().navigate().to(importLink);
                }
                return false;
            });
            double completed = (System.nanoTime() - killed) / 1e9;
            String summary = browser.find("run:summary").getText();
            String all = String.format(Locale.ROOT, "%,d", rows);
            assertTrue(summary.contains(all + " / " + all + " 行"), summary);
            assertTrue(summary.contains("新規 " + all + "、"), summary);
            assertTrue(summary.contains("エラー 0"), summary);
            assertTrue(browser.has(By.id("run:resumed")), "the page says the import was continued on another node");
            assertFalse(browser.url().contains("/realms/alumni/"), "asked to sign in again: " + browser.url());
            String survivor =
                    browser.driver().manage().getCookieNamed("ALUMNI_NODE").getValue();
            assertFalse(survivor.equals(served.name()), "answered by the surviving node");

            String figures = String.format(
                    Locale.ROOT,
                    "import failover: kill -9 of %s at %d%% of %d rows, taken over by the other node after %.1f s,"
                            + " completed on %s after %.1f s, page reloads needed: %d",
                    served.name(),
                    atKill,
                    rows,
                    resumed[0],
                    survivor,
                    completed,
                    reloads[0]);
            System.out.println(figures);
            Files.writeString(
                    Path.of(System.getProperty("alumni.cluster.figures-file", "target/cluster-figures")),
                    figures + System.lineSeparator(),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }

    private static int percent(Browser browser) {
        Matcher value = PERCENT.matcher(browser.find("run:progress").getText());
        return value.find() ? Integer.parseInt(value.group(1)) : 0;
    }
}
