package workbook.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * Opens the built book in a real browser (headless Chromium): it must load from disk alone, show every
 * image, and every link inside it must lead somewhere. Leaves screenshots in target/screenshots.
 */
class BookInBrowserTest {

    private static final Path BOOK = Path.of(System.getProperty("book.index", "target/book/index.html")).toAbsolutePath();
    private static final Path SCREENSHOTS = Path.of(System.getProperty("book.screenshots", "target/screenshots"));
    private static final Path SOURCES = Path.of("src/book");

    @Test
    void everyFileOfTheBookFolderIsInTheBook() throws Exception {
        List<String> lessons = Lessons.folders(Path.of("..").toAbsolutePath().normalize());
        try (Stream<Path> files = Files.list(SOURCES)) {
            List<Path> adoc = files.filter(file -> file.toString().endsWith(".adoc")).sorted().toList();
            StringBuilder all = new StringBuilder();
            for (Path file : adoc) {
                all.append(Files.readString(file)).append('\n');
            }
            for (Path file : adoc) {
                String name = file.getFileName().toString();
                if (name.equals("index.adoc") || lessons.contains(name.replaceFirst("\\.adoc$", ""))) {
                    continue; // the book itself, and the lessons' chapters, which the build lists
                }
                assertThat(Pattern.compile("(?m)^include::([^\\[\\s]*/)?" + Pattern.quote(name) + "\\[").matcher(all).find())
                        .as("docs/src/book/%s is in no chapter: include it (`include::%s[]`) from index.adoc or from "
                                + "the chapter it belongs to", name, name)
                        .isTrue();
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBookOpensOfflineWithEveryImageAndEveryLink() throws Exception {
        if (!Files.isExecutable(Chromium.EXECUTABLE) || !Files.isExecutable(Chromium.DRIVER)) {
            fail("Chromium or its driver is missing (" + Chromium.EXECUTABLE + ", " + Chromium.DRIVER + "): the book's "
                    + "browser check needs both; install them with `apt-get install chromium chromium-driver`");
        }
        assertThat(BOOK).as("the book should have been built by asciidoctor before this check").exists();

        try (Chromium chromium = Chromium.start(1280, 900)) {
            String url = BOOK.toUri().toString();
            chromium.open(url);

            Map<String, Object> page = (Map<String, Object>) chromium.evaluate("""
                    return (async () => {
                      await Promise.all([...document.images].map(img => img.decode().catch(() => null)));
                      const idOf = a => decodeURIComponent(a.getAttribute('href').slice(1));
                      return {
                        title: document.title,
                        images: document.images.length,
                        brokenImages: [...document.images].filter(img => !img.complete || img.naturalWidth === 0)
                            .map(img => img.getAttribute('src')),
                        links: document.querySelectorAll('a[href^="#"]').length,
                        brokenLinks: [...document.querySelectorAll('a[href^="#"]')]
                            .filter(a => idOf(a) !== '' && !document.getElementById(idOf(a))
                                && document.getElementsByName(idOf(a)).length === 0)
                            .map(a => a.getAttribute('href') + ' (' + a.textContent.trim() + ')'),
                        chapters: [...document.querySelectorAll('h2')].map(h => h.textContent.trim()),
                        hints: document.querySelectorAll('details').length,
                        loaded: performance.getEntriesByType('resource').map(entry => entry.name)
                      };
                    })()""");

            assertThat((List<String>) page.get("brokenImages")).as("images of the book that do not load").isEmpty();
            assertThat((List<String>) page.get("brokenLinks")).as("links inside the book that lead nowhere").isEmpty();
            assertThat((Long) page.get("images")).as("images in the book (diagrams and timelines)").isGreaterThanOrEqualTo(4);
            assertThat((Long) page.get("links")).as("internal links (the table of contents at least)").isGreaterThan(10);
            assertThat((Long) page.get("hints")).as("collapsible hints").isGreaterThan(0);
            assertThat((List<String>) page.get("chapters")).as("the book's chapters")
                    .anyMatch(title -> title.contains("Welcome"))
                    .anyMatch(title -> title.contains("One thing after another"))
                    .anyMatch(title -> title.contains("Lesson 02"))
                    .anyMatch(title -> title.contains("Lesson 03"))
                    .anyMatch(title -> title.contains("Lesson 04"))
                    .anyMatch(title -> title.contains("Lesson 05"))
                    .anyMatch(title -> title.contains("Phrasebook"));
            // The browser reports requests on a channel of its own: wait until it has reported the page and
            // everything the page says it loaded, so that the checks below see every request.
            List<String> loaded = new ArrayList<>((List<String>) page.get("loaded"));
            loaded.add(url);
            List<String> requested = requestedOnceReported(chromium, loaded);
            assertThat(requested)
                    .as("the book must open offline: it may load only its own files")
                    .allMatch(request -> request.startsWith("file:") || request.startsWith("data:") || request.startsWith("about:"),
                            "a file:, data: or about: URL");
            assertThat(chromium.failedLoads()).as("requests that failed").isEmpty();

            chromium.evaluate("window.scrollTo(0, 0)");
            chromium.screenshot(SCREENSHOTS.resolve("welcome.png"));
            showAndShoot(chromium, "img[src*='event-loop']", SCREENSHOTS.resolve("event-loop-diagram.png"));
            showAndShoot(chromium, "img[src*='runs/lesson-01-greetings']", SCREENSHOTS.resolve("timeline-greetings.png"));
            showAndShoot(chromium, "img[src*='runs/lesson-05-one-by-one']", SCREENSHOTS.resolve("timeline-one-by-one.png"));
            readerOpensAndClosesAHint(chromium);
            chromium.evaluate("document.querySelectorAll('details.hint').forEach(d => d.open = true)");
            showAndShoot(chromium, "details.hint", SCREENSHOTS.resolve("exercise-hints.png"));
        }
    }

    /** A reader's mouse and keyboard reach the book: a click on a hint opens it, Enter on it closes it again. */
    private static void readerOpensAndClosesAHint(Chromium chromium) {
        String isOpen = "return document.querySelector('details.hint').open";
        chromium.evaluate("document.querySelector('details.hint > summary').scrollIntoView({block: 'center'})");
        assertThat(chromium.evaluate(isOpen)).as("the first hint, before any click").isEqualTo(Boolean.FALSE);
        chromium.click("details.hint > summary");
        assertThat(chromium.evaluate(isOpen)).as("the first hint, after a click on its title").isEqualTo(Boolean.TRUE);
        chromium.press(Keys.ENTER);
        assertThat(chromium.evaluate(isOpen)).as("the first hint, after Enter on its focused title").isEqualTo(Boolean.FALSE);
    }

    /** What the browser reported as requested, once it includes every one of {@code expected} (30 s at most). */
    private static List<String> requestedOnceReported(Chromium chromium, List<String> expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!chromium.requested().containsAll(expected)) {
            if (System.nanoTime() > deadline) {
                List<String> missing = new ArrayList<>(expected);
                missing.removeAll(chromium.requested());
                fail("the browser loaded " + missing + " but never reported requesting them: the check of the "
                        + "book's requests sees nothing (reported: " + chromium.requested() + ")");
            }
            Thread.sleep(20); // polling what another process reports; nothing to order here
        }
        return chromium.requested();
    }

    /** Scrolls the element into view, with its section's title above it, and saves the viewport. */
    private static void showAndShoot(Chromium chromium, String selector, Path file) throws Exception {
        Object found = chromium.evaluate("""
                const element = document.querySelector(arguments[0]);
                if (!element) return false;
                element.scrollIntoView({block: 'center'});
                return true;""", selector);
        assertThat(found).as("the book shows an element matching %s", selector).isEqualTo(Boolean.TRUE);
        chromium.screenshot(file);
    }
}
