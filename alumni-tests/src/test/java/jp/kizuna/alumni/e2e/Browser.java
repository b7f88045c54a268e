package jp.kizuna.alumni.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver) that signs in through the real
 * Keycloak login page, as a person would. One instance is one person's browser session.
 */
public final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final WebDriver driver;
    private final Path profile;
    private final List<String> cspSeen = new ArrayList<>();

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Waits until the application answers a first request. The first request after deployment starts the
     * web application and fetches Keycloak's OIDC metadata; on a loaded machine that can outlast a
     * browser's wait, so a test makes it once before its browsers.
     */
    public static void awaitApplication() {
        try {
            HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(60))
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create(appUrl("/index.xhtml")))
                                    .timeout(Duration.ofSeconds(120))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("The application does not answer", e);
        }
    }

    /** A browser whose preferred language is {@code locale} (what Accept-Language says). */
    public static Browser open(Locale locale) {
        try {
            Path profile = Files.createTempDirectory("alumni-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("alumni.chromium", "/usr/bin/chromium"));
            // The machine has no outside network: keep Chromium from trying to reach Google.
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--window-size=1400,1000",
                    "--user-data-dir=" + profile,
                    "--lang=" + locale.getLanguage());
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", locale.getLanguage()));
            // The console, so a Content-Security-Policy violation fails the test that caused it.
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("alumni.chromedriver", "/usr/bin/chromedriver")))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            // Every page says in the console what its Content-Security-Policy refused, with where.
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                    document.addEventListener('securitypolicyviolation', function (e) {
                        console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI
                            + ' at ' + e.sourceFile + ':' + e.lineNumber + ' sample ' + e.sample);
                    });"""));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a browser profile directory", e);
        }
    }

    /** The server's HTTP port, or the load balancer's in the cluster test ({@code alumni.http.port}). */
    public static int httpPort() {
        return Integer.getInteger("alumni.http.port", 8080 + Integer.getInteger("alumni.port.offset", 0));
    }

    /** Absolute URL of a page of the web application, e.g. {@code /admin/index.xhtml}. */
    public static String appUrl(String path) {
        return "http://localhost:" + httpPort() + "/alumni" + path;
    }

    /** Opens {@code path}, signs in on the Keycloak page it redirects to, and waits to be back. */
    public Browser signIn(String path, String user, String password) {
        driver.get(appUrl(path));
        wait(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        wait(d -> d.getCurrentUrl().startsWith("http://localhost:" + httpPort() + "/alumni"));
        return this;
    }

    public Browser go(String path) {
        driver.get(appUrl(path));
        return this;
    }

    public WebElement find(String id) {
        return wait(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    public WebElement find(By by) {
        return wait(ExpectedConditions.presenceOfElementLocated(by));
    }

    public boolean has(By by) {
        return !driver.findElements(by).isEmpty();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String title() {
        return driver.getTitle();
    }

    public <T> T wait(java.util.function.Function<? super WebDriver, T> condition) {
        // An Ajax update may replace an element while the condition reads it: look again.
        return new WebDriverWait(driver, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /** Waits until the page's text contains {@code text} (e.g. after an Ajax update). */
    public void waitForText(String text) {
        wait(d -> bodyText(d).contains(text));
    }

    /**
     * The page's text, or "" while the page is being replaced: Chromium then answers for the old body
     * with an error that is not a stale element ("Node ... does not belong to the document").
     */
    private static String bodyText(WebDriver driver) {
        try {
            return driver.findElement(By.tagName("body")).getText();
        } catch (WebDriverException replaced) {
            if (String.valueOf(replaced.getMessage()).contains("does not belong to the document")) {
                return "";
            }
            throw replaced;
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * What the pages' Content-Security-Policy refused since the last call (the browser's console
     * says "CSP violation" from the listener above, and "Refused to ..." on its own).
     */
    public List<String> cspViolations() {
        List<String> refused = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            if (message.contains("CSP violation") || message.contains("Content Security Policy")) {
                refused.add(message);
            }
        }
        cspSeen.addAll(refused);
        return refused;
    }

    /** A phone's screen (CSS pixels, touch, the page's viewport meta honoured), or back to the desktop size. */
    public void viewport(int width, int height, boolean mobile) {
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    public void desktop() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /**
     * Lets the browser save what a page sends as an attachment into a fresh directory inside its
     * profile (deleted when the browser closes), as a person's Downloads folder, and returns it.
     */
    public Path allowDownloads() {
        try {
            Path downloads = Files.createDirectories(profile.resolve("downloads"));
            ((ChromeDriver) driver)
                    .executeCdpCommand(
                            "Browser.setDownloadBehavior",
                            Map.of(
                                    "behavior",
                                    "allow",
                                    "downloadPath",
                                    downloads.toAbsolutePath().toString()));
            return downloads;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes what the browser shows to {@code target/screenshots/<name>.png} for a reviewer. */
    public Path screenshot(String name) {
        try {
            Path file = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails the test after quitting if any page it visited broke its Content-Security-Policy. */
    @Override
    public void close() {
        try {
            cspViolations();
        } catch (RuntimeException consoleGone) {
            // the browser died with the failure being reported; nothing more to read
        }
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // A leftover temporary profile is harmless.
        }
        if (!cspSeen.isEmpty()) {
            throw new AssertionError("The Content-Security-Policy refused:\n" + String.join("\n", cspSeen));
        }
    }
}
