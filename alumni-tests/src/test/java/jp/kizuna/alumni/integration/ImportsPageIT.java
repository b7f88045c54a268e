package jp.kizuna.alumni.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jp.kizuna.alumni.e2e.Browser;
import jp.kizuna.alumni.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** HR imports a Shift_JIS file on /admin/imports, sees the progress bar finish and the per-row report. */
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
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            browser.signIn("/admin/imports.xhtml", "hr.admin", "demo");
            browser.find(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
            browser.find("import:start").click();

            browser.find("run:progress");
            browser.waitForText("反映されなかった行");
            browser.waitForText("取込が終わりました");
            assertTrue(browser.find("run:summary").getText().contains("新規 2"), browser.find("run:summary").getText());
            List<WebElement> lines = browser.driver().findElements(By.cssSelector("#run\\:errors td.error-line"));
            assertEquals(List.of("3", "4"), lines.stream().map(WebElement::getText).toList());
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
}
