package jp.kizuna.alumni.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import jp.kizuna.alumni.e2e.Browser;
import jp.kizuna.alumni.it.Poll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The browser half of {@link MemberFileBrowserIT}, kept apart so the in-container half never loads Selenium. */
final class MemberFileBrowserSteps {

    private MemberFileBrowserSteps() {}

    static void hrExportsTheMembersForARecipientAndSeesTheProvisionRecorded() throws Exception {
        Browser.awaitApplication();
        String recipient = "株式会社アルムナイ人材紹介 " + System.nanoTime();
        String reason = "再雇用キャンペーンの候補者への連絡を委託するため";
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            Path downloads = browser.allowDownloads();
            browser.signIn("/network/index.xhtml", "hr.admin", "demo");
            browser.find("to-member-file").click();
            browser.waitForText("会員ファイルの書き出し（CSV）");
            assertEquals(List.of(), seriousAccessibilityProblems(browser), "axe-core on the member file page");

            browser.find(By.xpath("//label[@for and normalize-space(.)='再雇用のご案内']"))
                    .click();
            String count = browser.wait(d -> {
                String text = browser.find(By.cssSelector(".member-file-count")).getText();
                return text.contains("名がファイルに入ります") ? text : null;
            });
            assertTrue(count.matches("[\\d,]+ 名がファイルに入ります。"), count);

            // Without a recipient nothing leaves: the page says what is missing and no file arrives.
            browser.find("member-file:reason").sendKeys(reason);
            browser.find("member-file:export").click();
            browser.waitForText("ファイルを受け取る相手（会社名、社内利用の場合は部署名）を入力してください。");
            assertEquals(List.of(), files(downloads), "no file without a recipient");

            browser.find("member-file:recipient").sendKeys(recipient);
            WebElement thirdParty = browser.find(By.xpath("//label[contains(., '第三者（他社など）に提供する')]"));
            thirdParty.click();
            browser.find("member-file:export").click();
            Path file = Poll.value("the member file in the browser's downloads", Duration.ofSeconds(30), () -> {
                List<Path> done = files(downloads).stream()
                        .filter(f -> f.toString().endsWith(".csv"))
                        .toList();
                return done.size() == 1 ? done.get(0) : null;
            });
            assertTrue(file.getFileName().toString().startsWith("members-rehire_offers-"), file.toString());
            byte[] content = Files.readAllBytes(file);
            assertArrayEquals(
                    new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                    Arrays.copyOf(content, 3),
                    "a byte order mark, so Excel reads UTF-8");
            String csv = new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
            List<String> lines = csv.lines().toList();
            assertEquals("社員番号,姓,名,セイ,メイ,個人メールアドレス,退職日,同意している目的", lines.get(0));
            List<String[]> ours = lines.stream()
                    .skip(1)
                    .map(l -> l.split(",", -1))
                    .filter(cells ->
                            cells[1].equals(MemberFileBrowserIT.FAMILY) && cells[2].equals(MemberFileBrowserIT.GIVEN))
                    .toList();
            assertFalse(ours.isEmpty(), "the member with 𠮷 in the name is in the file:\n" + csv);
            for (String[] cells : ours) {
                assertEquals(MemberFileBrowserIT.FAMILY_KANA, cells[3]);
                assertEquals(MemberFileBrowserIT.GIVEN_KANA, cells[4]);
                assertTrue(cells[7].contains("再雇用のご案内"), String.join(",", cells));
            }
            assertEquals(
                    Integer.parseInt(count.replaceAll("\\D", "")), lines.size() - 1, "one line per member counted");

            // The same page still stands; HR follows its link to the provision record.
            browser.find("to-provisions").click();
            WebElement row = browser.wait(d -> d.findElements(By.cssSelector("#records tr")).stream()
                    .filter(r -> r.getText().contains(recipient))
                    .findFirst()
                    .orElse(null));
            String text = row.getText();
            assertTrue(text.contains("会員ファイル"), text);
            assertTrue(text.contains(reason), text);
            assertTrue(text.contains("再雇用のご案内"), text);
            assertEquals(
                    String.valueOf(lines.size() - 1),
                    row.findElement(By.cssSelector(".provision-count")).getText());
            assertTrue(
                    ours.stream().anyMatch(cells -> text.contains(cells[0])),
                    "the member is among the people: " + text);

            browser.find("nav:lang-en").click();
            browser.waitForText("Member file");
            assertTrue(browser.text().contains("Third-party provision record"), browser.text());
        }
    }

    /** What Deque's axe-core finds critical or serious on the page (WCAG 2.1 A and AA), as ScreensAuditBrowserIT checks. */
    private static List<String> seriousAccessibilityProblems(Browser browser) {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser.driver());
        return results.getViolations().stream()
                .filter(rule -> "critical".equals(rule.getImpact()) || "serious".equals(rule.getImpact()))
                .flatMap(rule -> rule.getNodes().stream().map(node -> rule.getId() + " at " + node.getTarget()))
                .toList();
    }

    private static List<Path> files(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }
}
