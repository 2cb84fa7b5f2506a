package de.kreisunna.ikz.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium (Debian's, driven by its ChromeDriver) signed in to the console as one user. Every page the
 * test reaches is checked by axe-core: a violation of impact serious or critical fails the test, naming the rule
 * and the elements.
 */
final class Browser implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PAGE = Duration.ofSeconds(30);
    private static final Path SCREENSHOTS = Path.of(System.getProperty("ikz.build.dir", "target")).resolve("screenshots");

    private final ChromeDriver driver;
    private final String consoleUrl;
    private final List<String> checkedPages = new ArrayList<>();

    private Browser(String consoleUrl) {
        this.consoleUrl = consoleUrl;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(RequiresBrowser.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--lang=de-DE",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(RequiresBrowser.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PAGE).scriptTimeout(Duration.ofSeconds(60));
    }

    /** A fresh browser (no cookies), signed in through Keycloak's login page as {@code user}. */
    static Browser signedInAs(String user) {
        Browser browser = new Browser(ConsoleUnderTest.url());
        try {
            browser.driver.get(browser.consoleUrl + "/");
            Eventually.within(PAGE, () -> assertThat(browser.driver.findElements(By.id("username"))).isNotEmpty());
            browser.driver.findElement(By.id("username")).sendKeys(user);
            browser.driver.findElement(By.id("password")).sendKeys(Keycloak.DEMO_PASSWORD);
            browser.driver.findElement(By.id("kc-login")).click();
            Eventually.within(PAGE, () -> assertThat(browser.driver.getCurrentUrl()).startsWith(browser.consoleUrl));
            browser.checkPage();
            return browser;
        } catch (RuntimeException | AssertionError e) {
            browser.close();
            throw e;
        }
    }

    /** Opens a console path (e.g. {@code /anfragen}) and checks the page. */
    Browser open(String path) {
        driver.get(consoleUrl + path);
        checkPage();
        return this;
    }

    /** Clicks (a link or a submit button) and checks the page the browser lands on. */
    Browser click(By by) {
        driver.findElement(by).click();
        checkPage();
        return this;
    }

    Browser type(By by, String text) {
        WebElement field = driver.findElement(by);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** The element's visible text (no-break spaces as spaces); a missing element fails with the page's text. */
    String text(By by) {
        List<WebElement> found = driver.findElements(by);
        if (found.isEmpty()) {
            throw new AssertionError("no " + by + " on " + currentPath() + "; the page reads:\n"
                    + driver.findElement(By.tagName("body")).getText());
        }
        return found.get(0).getText().replace('\u00a0', ' ');
    }

    String pageText() {
        return text(By.tagName("body"));
    }

    String heading() {
        return text(By.tagName("h1"));
    }

    boolean has(By by) {
        return !driver.findElements(by).isEmpty();
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(consoleUrl.length());
    }

    WebDriver driver() {
        return driver;
    }

    /** Fetches {@code path} with the browser's session (as a download would) and returns status, type and bytes. */
    Download fetch(String path) {
        @SuppressWarnings("unchecked")
        List<Object> answer = (List<Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {"
                        + "  const bytes = new Uint8Array(await r.arrayBuffer());"
                        + "  let head = ''; for (let i = 0; i < Math.min(8, bytes.length); i++) head += String.fromCharCode(bytes[i]);"
                        + "  done([r.status, r.headers.get('content-type') || '', head, bytes.length]);"
                        + "}).catch(e => done([0, String(e), '', 0]));", path);
        return new Download(((Number) answer.get(0)).intValue(), (String) answer.get(1), (String) answer.get(2),
                ((Number) answer.get(3)).longValue());
    }

    record Download(int status, String contentType, String head, long size) {
    }

    /** Saves a screenshot of the current page as {@code target/screenshots/<name>.png}. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pages checked so far (their paths), for the test's own assertions about coverage. */
    List<String> checkedPages() {
        return checkedPages;
    }

    /** axe-core on the current page: no violation of impact serious or critical. */
    void checkPage() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(AxeCore.source());
        String json = (String) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']})"
                        + ".then(r => done(JSON.stringify(r.violations)))"
                        + ".catch(e => done(JSON.stringify({axeError: String(e)})));");
        JsonNode violations;
        try {
            violations = JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(violations.has("axeError")).as("axe.run failed: %s", json).isFalse();
        List<String> serious = new ArrayList<>();
        for (JsonNode v : violations) {
            String impact = v.path("impact").asText();
            if (impact.equals("serious") || impact.equals("critical")) {
                List<String> targets = new ArrayList<>();
                v.path("nodes").forEach(n -> targets.add(n.path("target").toString()));
                serious.add(impact + " " + v.path("id").asText() + " (" + v.path("help").asText() + ") at " + targets);
            }
        }
        String path = currentPath();
        assertThat(serious).as("accessibility of %s", path).isEmpty();
        checkedPages.add(path);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
