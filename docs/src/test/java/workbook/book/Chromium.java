package workbook.book;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.bidi.browsingcontext.BrowsingContext;
import org.openqa.selenium.bidi.module.Network;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * Debian's headless Chromium driven by Selenium through Debian's chromedriver: open a page, run JavaScript,
 * click and type like a reader, take screenshots, and see every request the page makes (WebDriver BiDi).
 */
final class Chromium implements AutoCloseable {

    static final Path EXECUTABLE = Path.of(System.getProperty("book.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("book.chromedriver", "/usr/bin/chromedriver"));
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    // Selenium looks for a DevTools (CDP) binding matching the browser and warns when it has none; this check
    // speaks WebDriver BiDi only, so the warning says nothing about it. Held here: a logger is weakly referenced.
    private static final Logger CDP_FINDER = quiet(Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"));

    private final ChromeDriver driver;
    private final Network network;
    private final Path profile;
    private final List<String> requested = new CopyOnWriteArrayList<>();
    private final List<String> failedLoads = new CopyOnWriteArrayList<>();

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
        this.network = new Network(driver);
        network.onBeforeRequestSent(request -> requested.add(request.getRequest().getUrl()));
        network.onFetchError(error -> failedLoads.add(error.getRequest().getUrl() + " " + error.getErrorText()));
    }

    /** Starts Chromium with a fresh profile and no network chatter of its own; nothing is downloaded. */
    static Chromium start(int width, int height) throws IOException {
        Path profile = Files.createTempDirectory("book-chromium-");
        ChromeOptions options = new ChromeOptions().setBinary(EXECUTABLE.toFile()).enableBiDi().addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--hide-scrollbars", "--user-data-dir=" + profile,
                "--window-size=%d,%d".formatted(width, height));
        // A driver given by path: Selenium Manager (which would look for one online) is never asked.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .withLogFile(profile.resolveSibling(profile.getFileName() + ".log").toFile()).withTimeout(PATIENCE).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.manage().timeouts().pageLoadTimeout(PATIENCE).scriptTimeout(PATIENCE);
            // The page's own size, so that screenshots show width × height of the book and no window frame.
            new BrowsingContext(driver, driver.getWindowHandle()).setViewport(width, height, 1.0);
            return new Chromium(driver, profile);
        } catch (RuntimeException | Error failure) {
            driver.quit();
            throw failure;
        }
    }

    private static Logger quiet(Logger logger) {
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    /** Opens {@code url} and waits for its load event (all images loaded or failed). */
    void open(String url) {
        driver.get(url);
    }

    /** The value of a script's {@code return} (awaited if it is a promise); {@code args} are its {@code arguments}. */
    Object evaluate(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Clicks the first element matching {@code selector}, as a reader's mouse does (a trusted event). */
    void click(String selector) {
        new Actions(driver).click(driver.findElement(By.cssSelector(selector))).perform();
    }

    /** Presses and releases {@code key} (e.g. {@link Keys#ARROW_RIGHT}) on whatever has the focus. */
    void press(Keys key) {
        new Actions(driver).sendKeys(key).perform();
    }

    /** Presses and releases {@code key} {@code times} times in a row, in one batch of input. */
    void press(Keys key, int times) {
        Actions keys = new Actions(driver);
        for (int i = 0; i < times; i++) {
            keys.sendKeys(key);
        }
        keys.perform();
    }

    /** Clicks the first element matching {@code selector} {@code times} times in a row, in one batch of input. */
    void click(String selector, int times) {
        // The pointer goes to the element once, at once; then it clicks there, as a reader's hand on a mouse does.
        Actions clicks = new Actions(driver, Duration.ZERO).moveToElement(driver.findElement(By.cssSelector(selector)));
        for (int i = 0; i < times; i++) {
            clicks.click();
        }
        clicks.perform();
    }

    /** Saves what the viewport shows as a PNG. */
    void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    }

    /** Every URL the page asked for, since Chromium started. */
    List<String> requested() {
        return List.copyOf(requested);
    }

    /** Every request that failed, with Chromium's reason. */
    List<String> failedLoads() {
        return List.copyOf(failedLoads);
    }

    @Override
    public void close() {
        try {
            network.close();
        } finally {
            driver.quit();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
