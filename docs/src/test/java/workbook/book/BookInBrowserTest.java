package workbook.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Opens the built book in a real browser (headless Chromium): it must load from disk alone, show every
 * image, and every link inside it must lead somewhere. Leaves screenshots in target/screenshots.
 */
class BookInBrowserTest {

    private static final Path BOOK = Path.of(System.getProperty("book.index", "target/book/index.html")).toAbsolutePath();
    private static final Path SCREENSHOTS = Path.of(System.getProperty("book.screenshots", "target/screenshots"));
    private static final Path SOURCES = Path.of("src/book");

    @Test
    void everyChapterInTheBookFolderIsInTheBook() throws Exception {
        String index = Files.readString(SOURCES.resolve("index.adoc"));
        try (Stream<Path> files = Files.list(SOURCES)) {
            List<String> chapters = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("lesson-\\d\\d-.*\\.adoc")).sorted().toList();
            for (String chapter : chapters) {
                assertThat(Pattern.compile("(?m)^include::" + Pattern.quote(chapter) + "\\[").matcher(index).find())
                        .as("docs/src/book/%s is not in the book: add `include::%s[]` to docs/src/book/index.adoc",
                                chapter, chapter)
                        .isTrue();
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBookOpensOfflineWithEveryImageAndEveryLink() throws Exception {
        if (!Files.isExecutable(Chromium.EXECUTABLE)) {
            fail("Chromium is missing (" + Chromium.EXECUTABLE + "): the book's browser check needs it; install it with `apt-get install chromium`");
        }
        assertThat(BOOK).as("the book should have been built by asciidoctor before this check").exists();

        try (Chromium chromium = Chromium.start(1280, 900)) {
            chromium.open(BOOK.toUri().toString());

            Map<String, Object> page = (Map<String, Object>) chromium.evaluate("""
                    (async () => {
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
                        hints: document.querySelectorAll('details').length
                      };
                    })()""");

            assertThat((List<String>) page.get("brokenImages")).as("images of the book that do not load").isEmpty();
            assertThat((List<String>) page.get("brokenLinks")).as("links inside the book that lead nowhere").isEmpty();
            assertThat((Double) page.get("images")).as("images in the book (diagrams and timelines)").isGreaterThanOrEqualTo(4);
            assertThat((Double) page.get("links")).as("internal links (the table of contents at least)").isGreaterThan(10);
            assertThat((Double) page.get("hints")).as("collapsible hints").isGreaterThan(0);
            assertThat((List<String>) page.get("chapters")).as("the book's chapters")
                    .anyMatch(title -> title.contains("Welcome"))
                    .anyMatch(title -> title.contains("One thing after another"))
                    .anyMatch(title -> title.contains("Lesson 02"))
                    .anyMatch(title -> title.contains("Lesson 03"))
                    .anyMatch(title -> title.contains("Lesson 04"))
                    .anyMatch(title -> title.contains("Lesson 05"))
                    .anyMatch(title -> title.contains("Phrasebook"));
            assertThat(chromium.requested())
                    .as("the book must open offline: it may load only its own files")
                    .allMatch(url -> url.startsWith("file:") || url.startsWith("data:") || url.startsWith("about:"),
                            "a file:, data: or about: URL");
            assertThat(chromium.failedLoads()).as("requests that failed").isEmpty();

            chromium.evaluate("window.scrollTo(0, 0)");
            chromium.screenshot(SCREENSHOTS.resolve("welcome.png"));
            showAndShoot(chromium, "img[src*='event-loop']", SCREENSHOTS.resolve("event-loop-diagram.png"));
            showAndShoot(chromium, "img[src*='runs/lesson-01-greetings']", SCREENSHOTS.resolve("timeline-greetings.png"));
            showAndShoot(chromium, "img[src*='runs/lesson-05-one-by-one']", SCREENSHOTS.resolve("timeline-one-by-one.png"));
            chromium.evaluate("document.querySelectorAll('details.hint').forEach(d => d.open = true)");
            showAndShoot(chromium, "details.hint", SCREENSHOTS.resolve("exercise-hints.png"));
        }
    }

    /** Scrolls the element into view, with its section's title above it, and saves the viewport. */
    private static void showAndShoot(Chromium chromium, String selector, Path file) throws Exception {
        Object found = chromium.evaluate("""
                (() => {
                  const element = document.querySelector(%s);
                  if (!element) return false;
                  element.scrollIntoView({block: 'center'});
                  return true;
                })()""".formatted(Json.quote(selector)));
        assertThat(found).as("the book shows an element matching %s", selector).isEqualTo(Boolean.TRUE);
        chromium.screenshot(file);
    }
}
