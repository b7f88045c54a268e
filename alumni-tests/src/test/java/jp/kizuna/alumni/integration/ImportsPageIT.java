package jp.kizuna.alumni.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.kizuna.alumni.e2e.Browser;
import jp.kizuna.alumni.e2e.WebSession;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.Poll;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * HR imports a Shift_JIS file on /admin/imports, sees the progress bar finish and the per-row report;
 * files that are too large, not CSV, or binary under a .csv name are refused with an explanation and
 * nothing of them is imported, whether sent by the browser or crafted by hand.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportsPageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.fullApplication();
    }

    @Test
    void hrImportsAShiftJisFileAndReadsTheRowReport() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String csv = """
                社員番号,姓,名,セイ,メイ,部署コード,部署名,部署名（英語）,上長社員番号,入社日
                W1%1$s,髙橋,一郎,タカハシ,イチロウ,W%1$s,法務部,Legal,,2010/4/1
                W2%1$s,渡邉,花子,ワタナベ,ハナコ,W%1$s,法務部,Legal,W1%1$s,2019/02/29
                W3%1$s,鈴木,次郎,鈴木,ジロウ,W%1$s,法務部,Legal,W1%1$s,2015-04-01
                W4%1$s,佐藤,三郎,サトウ,サブロウ,W%1$s,法務部,Legal,W1%1$s,2016-04-01
                """.formatted(suffix).replace("\n", "\r\n");
        Path file = Files.createTempFile("社員-", ".csv");
        Files.write(file, csv.getBytes("windows-31j"));
        double applied = ServerMetrics.value("alumni_import_rows_total", "outcome=\"applied\"");
        double refused = ServerMetrics.value("alumni_import_rows_total", "outcome=\"refused\"");
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            browser.signIn("/admin/imports.xhtml", "hr.admin", "demo");
            browser.find(By.cssSelector("input[type=file]"))
                    .sendKeys(file.toAbsolutePath().toString());
            browser.find("import:start").click();

            browser.find("run:progress");
            try {
                browser.waitForText("反映されなかった行");
            } catch (org.openqa.selenium.TimeoutException notShown) {
                throw new AssertionError("The report did not appear; the page shows: " + browser.text(), notShown);
            }
            // What operators watch: the rows of HR files, applied and refused, on /metrics (counted
            // before the import is marked finished, so before the report shows).
            assertEquals(
                    2,
                    ServerMetrics.value("alumni_import_rows_total", "outcome=\"applied\"") - applied,
                    "rows applied");
            assertEquals(
                    2,
                    ServerMetrics.value("alumni_import_rows_total", "outcome=\"refused\"") - refused,
                    "rows refused");
            browser.waitForText("取込が終わりました");
            assertTrue(
                    browser.find("run:summary").getText().contains("新規 2"),
                    browser.find("run:summary").getText());
            List<WebElement> lines = browser.driver().findElements(By.cssSelector("#run\\:errors td.error-line"));
            assertEquals(
                    List.of("3", "4"), lines.stream().map(WebElement::getText).toList());
            String report = browser.find("run:errors").getText();
            assertTrue(report.contains("日付「2019/02/29」が不正です"), report);
            assertTrue(report.contains("かなで入力してください"), report);

            browser.find("nav:lang-en").click();
            browser.waitForText("Rows not applied");
            assertTrue(browser.find("run:errors").getText().contains("must be written in kana"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * An old Unix HR system's EUC-JP file: valid Shift_JIS byte for byte, but nonsense read so. The
     * screen refuses the whole file in the reader's language and says nothing else: no "no errors",
     * no empty row report; and nothing of the file is imported.
     */
    @Test
    void aFileRefusedAsAWholeIsReportedOnlyAsRefused() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String csv = """
                社員番号,姓,名,セイ,メイ
                U1%1$s,山田,太郎,ヤマダ,タロウ
                U2%1$s,渡辺,ひろし,ワタナベ,ヒロシ
                """.formatted(suffix).replace("\n", "\r\n");
        Path file = Files.createTempFile("euc-", ".csv");
        Files.write(file, csv.getBytes("EUC-JP"));
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            browser.signIn("/admin/imports.xhtml", "hr.admin", "demo");
            upload(browser, file);
            try {
                browser.waitForText("EUC-JP で書かれているため");
            } catch (org.openqa.selenium.TimeoutException notShown) {
                throw new AssertionError("No refusal; the page shows: " + browser.text(), notShown);
            }
            assertTrue(
                    browser.find("run:refusal").getText().contains("何も取り込んでいません"),
                    browser.find("run:refusal").getText());
            String page = browser.text();
            assertFalse(page.contains("エラーはありません"), page);
            assertFalse(page.contains("すべての行が反映されました"), page);
            assertTrue(
                    browser.driver().findElements(By.id("run:errors")).isEmpty(), "no row report for a refused file");

            browser.find("nav:lang-en").click();
            browser.waitForText("The file is in EUC-JP");
            assertFalse(browser.text().contains("No errors"), browser.text());
        } finally {
            Files.deleteIfExists(file);
        }
        String token = HrClient.serviceAccountToken();
        assertEquals("identity.employee.unknown", knownAs(token, "U1" + suffix), "nothing of the file was imported");
    }

    @Test
    void refusesTooLargeMisnamedAndBinaryFilesAndImportsNothingOfThem() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String header = "社員番号,姓,名\r\n";
        // Valid rows, just too many of them: over the 20 MB default, under the 30 MB multipart limit.
        StringBuilder big = new StringBuilder(header);
        for (int i = 0; big.length() < 21 * 1024 * 1024; i++) {
            big.append("V").append(suffix).append('-').append(i).append(",山田,太郎\r\n");
        }
        Path tooLarge = Files.createTempFile("too-large-", ".csv");
        Files.writeString(tooLarge, big, StandardCharsets.UTF_8);
        Path workbook = Files.createTempFile("employees-", ".xlsx");
        Files.writeString(workbook, header + "X" + suffix + ",山田,太郎\r\n", StandardCharsets.UTF_8);
        Path renamedZip = Files.createTempFile("employees-", ".csv");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(renamedZip))) {
            zip.putNextEntry(new ZipEntry("employees.csv"));
            zip.write((header + "Z" + suffix + ",山田,太郎\r\n").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            browser.signIn("/admin/imports.xhtml", "hr.admin", "demo");
            assertTrue(
                    browser.find("import:limits").getText().contains("20 MB まで"),
                    browser.find("import:limits").getText());

            upload(browser, tooLarge);
            assertRefused(browser, "取り込めるのは 20 MB までです");
            upload(browser, workbook);
            assertRefused(browser, "CSV ファイルではありません");
            upload(browser, renamedZip);
            assertRefused(browser, "中身は Excel (.xlsx) / ZIP のデータです");

            browser.find("nav:lang-en").click();
            browser.waitForText("Start import");
            upload(browser, renamedZip);
            assertRefused(browser, "is not a CSV file but Excel (.xlsx) / ZIP data");
        } finally {
            Files.deleteIfExists(tooLarge);
            Files.deleteIfExists(workbook);
            Files.deleteIfExists(renamedZip);
        }
        String token = HrClient.serviceAccountToken();
        for (String number : List.of("V" + suffix + "-0", "X" + suffix, "Z" + suffix)) {
            assertEquals("identity.employee.unknown", knownAs(token, number), number + " must not have been imported");
        }
    }

    private static void upload(Browser browser, Path file) {
        browser.find(By.cssSelector("input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
        browser.find("import:start").click();
    }

    private static void assertRefused(Browser browser, String explanation) {
        try {
            browser.waitForText(explanation);
        } catch (org.openqa.selenium.TimeoutException notShown) {
            throw new AssertionError("No refusal \"" + explanation + "\"; the page shows: " + browser.text(), notShown);
        }
        assertTrue(
                browser.find("import:messages").getText().contains(explanation),
                browser.find("import:messages").getText());
        assertTrue(browser.driver().findElements(By.id("run:status")).isEmpty(), "no import started");
    }

    /**
     * What a browser's file picker would never send: a wrong declared type, PDF bytes under a .csv
     * name and text/csv type, NUL bytes in text. The server refuses each; the same request with a
     * good file starts the import, so the refusals are not a broken request.
     */
    @Test
    void theServerChecksUploadsItselfWhateverTheRequestDeclares() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        // Sends no Accept-Language, so the page answers in English (the server's default language).
        WebSession hr = WebSession.signedIn("hr.admin", "demo");
        byte[] csv = ("社員番号,姓,名\r\nH" + suffix + ",山田,太郎\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] pdf = ("%PDF-1.7\n社員番号,姓,名\r\nP" + suffix + ",山田,太郎\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] nul = ("社員番号,姓,名\r\nN" + suffix + ",山田,太郎\u0000\r\n").getBytes(StandardCharsets.UTF_8);

        assertUploadRefused(hr, "employees.csv", "image/png", csv, "was sent as image/png, not as a CSV or text file");
        assertUploadRefused(hr, "employees.csv", "text/csv", pdf, "is not a CSV file but PDF data");
        assertUploadRefused(hr, "employees.csv", "text/csv", nul, "contains the binary byte 0x00");
        assertUploadRefused(
                hr, "employees.exe", "text/csv", csv, "is not a CSV file: import a file ending in .csv or .txt");

        String token = HrClient.serviceAccountToken();
        for (String number : List.of("H" + suffix, "P" + suffix, "N" + suffix)) {
            assertEquals("identity.employee.unknown", knownAs(token, number), number + " must not have been imported");
        }

        HttpResponse<String> accepted = upload(hr, "employees.csv", "text/csv; charset=UTF-8", csv);
        assertEquals(200, accepted.statusCode());
        assertTrue(accepted.body().contains("id=\"run:status\""), "the good file starts an import");
        Poll.until(
                "the good file to be imported",
                Duration.ofSeconds(30),
                () -> "integration.case.none".equals(knownAs(token, "H" + suffix)));
    }

    private static HttpResponse<String> upload(WebSession session, String fileName, String contentType, byte[] content)
            throws Exception {
        HttpResponse<String> page = session.get("/admin/imports.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("import", "import");
        fields.put("import:encoding", "AUTO");
        fields.put("import:start", "");
        fields.putAll(WebSession.formState(page.body()));
        return session.postMultipart(
                "/admin/imports.xhtml", fields, "import:file_input", fileName, contentType, content);
    }

    private static void assertUploadRefused(
            WebSession session, String fileName, String contentType, byte[] content, String explanation)
            throws Exception {
        HttpResponse<String> answer = upload(session, fileName, contentType, content);
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains(explanation), fileName + " (" + contentType + "): " + answer.body());
        assertFalse(answer.body().contains("id=\"run:status\""), "no import started");
    }

    /** The error code the HR REST interface answers for the employee's case: unknown employee, or no case. */
    private static String knownAs(String token, String employeeNumber) throws Exception {
        HttpResponse<String> answer =
                HrClient.get(HrClient.BASE + "/api/hr/v1/employees/" + employeeNumber + "/offboarding-case", token);
        return HrClient.json(answer).getString("code");
    }
}
