package workbook.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;

/**
 * Opens the built book in a real browser (headless Chromium): it must load from disk alone, show every
 * image, and every link inside it must lead somewhere. Leaves screenshots in target/screenshots.
 */
class BookInBrowserTest {

    private static final Path BOOK = Path.of(System.getProperty("book.index", "target/book/index.html")).toAbsolutePath();
    private static final Path SCREENSHOTS = Path.of(System.getProperty("book.screenshots", "target/screenshots"));
    private static final Path SOURCES = Path.of("src/book");
    private static final Path POLYGLOT_RUNS = Path.of("../polyglot/target/runs");
    private static final String TALK = "the talk's examples";
    private static final String JAVASCRIPT_PUZZLES = "the JavaScript puzzles";
    private static final String ASYNCIO_PUZZLES = "the asyncio puzzles";
    private static final Path TRACES = BOOK.getParent().resolveSibling("runs").resolve("traces");

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

    /**
     * Every stepper of "See the loop think", stepped by a reader, in one browser per group of steppers.
     * Every stepper with the keyboard: → to the last step, one step at a time, where its console box shows
     * what the run printed (and, for a puzzle, what Node or CPython printed); then back to the start (← all
     * the way for the talk's examples, ← and Home for the puzzles), where the console is empty. Then with the
     * buttons, which every stepper's page wires the same way, the group's first stepper: for the talk's
     * examples, ▶ to the last step one click at a time, ◀ once, ⏮ to the start; for the puzzles, ▶ once,
     * ⏭ to the end, ◀ once, ⏮ to the start. The JSConfEU stepper is photographed half-way.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {TALK, JAVASCRIPT_PUZZLES, ASYNCIO_PUZZLES})
    @Execution(ExecutionMode.CONCURRENT) // a browser each, and nothing timed: the groups' round trips overlap
    @Timeout(value = 3, unit = TimeUnit.MINUTES) // three browsers sharing the cores: beyond the default minute
    void everyStepperStepsThroughItsRunWithTheKeyboardAndTheButtons(String group) throws Exception {
        try (Chromium chromium = openSteppers()) {
            List<String> steppers = steppers(chromium, group);
            for (String id : steppers) {
                stepWithTheKeyboard(chromium, id);
            }
            stepWithTheButtons(chromium, steppers.getFirst());
            if (group.equals(TALK)) {
                photographJsConfEuHalfWay(chromium);
            }
        }
    }

    private static void stepWithTheKeyboard(Chromium chromium, String id) throws Exception {
        int steps = reveal(chromium, id);
        chromium.press(Keys.ARROW_RIGHT, steps);
        assertAtTheEnd(chromium, id, steps, "after → pressed " + steps + " times");
        chromium.press(Keys.ARROW_RIGHT);
        assertStepper(chromium, id, steps, printed(id), "after one more →: the last step stays");
        if (isTalkExample(id)) {
            chromium.press(Keys.ARROW_LEFT, steps);
            assertStepper(chromium, id, 0, List.of(), "after ← pressed " + steps + " times");
        } else {
            chromium.press(Keys.ARROW_LEFT);
            assertThat(step(chromium, id)).as("%s: the step shown after one ←", id).isEqualTo(steps - 1);
            chromium.press(Keys.HOME);
            assertStepper(chromium, id, 0, List.of(), "after Home");
        }
    }

    private static void stepWithTheButtons(Chromium chromium, String id) throws Exception {
        int steps = reveal(chromium, id);
        if (isTalkExample(id)) {
            chromium.click("#" + id + " button.stepper-forward", steps);
            assertAtTheEnd(chromium, id, steps, "after " + steps + " clicks on ▶");
        } else {
            int some = 1;
            chromium.click("#" + id + " button.stepper-forward", some);
            assertThat(step(chromium, id)).as("%s: the step shown after %d clicks on ▶", id, some).isEqualTo(some);
            chromium.click("#" + id + " button.stepper-last");
            assertAtTheEnd(chromium, id, steps, "after a click on ⏭");
        }
        chromium.click("#" + id + " button.stepper-back");
        assertThat(step(chromium, id)).as("%s: the step shown after a click on ◀", id).isEqualTo(steps - 1);
        chromium.click("#" + id + " button.stepper-first");
        assertStepper(chromium, id, 0, List.of(), "after a click on ⏮");
    }

    private static Chromium openSteppers() throws Exception {
        if (!Files.isExecutable(Chromium.EXECUTABLE) || !Files.isExecutable(Chromium.DRIVER)) {
            fail("Chromium or its driver is missing (" + Chromium.EXECUTABLE + ", " + Chromium.DRIVER + "): the book's "
                    + "browser check needs both; install them with `apt-get install chromium chromium-driver`");
        }
        Chromium chromium = Chromium.start(1280, 900);
        chromium.open(BOOK.toUri().toString());
        return chromium;
    }

    /**
     * The steppers of the book in {@code group}; all of them are exactly one per run the build recorded,
     * the talk's four examples and the puzzles among them.
     */
    @SuppressWarnings("unchecked")
    private static List<String> steppers(Chromium chromium, String group) throws Exception {
        List<String> recorded;
        try (Stream<Path> files = Files.list(TRACES)) {
            recorded = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith("-output.txt"))
                    .map(name -> "stepper-" + name.replaceFirst("-output\\.txt$", "")).sorted().toList();
        }
        List<String> steppers = (List<String>) chromium.evaluate("return [...document.querySelectorAll('div.stepper')].map(s => s.id)");
        assertThat(steppers).as("the steppers in the book, one per recorded run (%s)", TRACES)
                .containsExactlyInAnyOrderElementsOf(recorded)
                .contains("stepper-hi-jsconfeu", "stepper-say-hello", "stepper-gathered-greetings", "stepper-chess-simul")
                .anyMatch(id -> id.startsWith("stepper-puzzle-"))
                .anyMatch(id -> id.startsWith("stepper-asyncio-puzzle-"));
        return steppers.stream().filter(id -> switch (group) {
            case TALK -> isTalkExample(id);
            case JAVASCRIPT_PUZZLES -> id.startsWith("stepper-puzzle-");
            default -> id.startsWith("stepper-asyncio-puzzle-");
        }).toList();
    }

    private static boolean isTalkExample(String id) {
        return !id.contains("puzzle-");
    }

    /** Unfolds the stepper if it is folded, brings it into view, gives it the focus; its number of steps. */
    private static int reveal(Chromium chromium, String id) {
        Object steps = chromium.evaluate("""
                const stepper = document.getElementById(arguments[0]);
                const folded = stepper.closest('details');
                if (folded) folded.open = true;
                stepper.scrollIntoView({block: 'center'});
                stepper.focus();
                return stepper.dataset.steps;""", id);
        assertThat(steps).as("%s: its number of steps (the stepper's script did not run?)", id).isNotNull();
        return Integer.parseInt((String) steps);
    }

    /** What the run printed, as the build recorded it. */
    private static List<String> printed(String id) throws Exception {
        return Files.readAllLines(TRACES.resolve(id.substring("stepper-".length()) + "-output.txt"));
    }

    private static void assertAtTheEnd(Chromium chromium, String id, int steps, String when) throws Exception {
        assertStepper(chromium, id, steps, printed(id), when);
        String name = id.substring("stepper-".length());
        Path runtime = name.startsWith("puzzle-") ? POLYGLOT_RUNS.resolve(name + "-node.txt")
                : name.startsWith("asyncio-puzzle-") ? POLYGLOT_RUNS.resolve(name + "-python.txt") : null;
        if (runtime != null) {
            assertThat(console(chromium, id)).as("%s: its console box %s, against what the real runtime printed (%s)",
                    id, when, runtime).containsExactlyElementsOf(Files.readAllLines(runtime));
        }
    }

    private static int step(Chromium chromium, String id) {
        return Integer.parseInt((String) chromium.evaluate("return document.getElementById(arguments[0]).dataset.step", id));
    }

    private static void assertStepper(Chromium chromium, String id, int step, List<String> console, String when) {
        assertThat(step(chromium, id)).as("%s: the step shown %s", id, when).isEqualTo(step);
        assertThat(console(chromium, id)).as("%s: its console box %s", id, when).containsExactlyElementsOf(console);
    }

    @SuppressWarnings("unchecked")
    private static List<String> console(Chromium chromium, String id) {
        return (List<String>) chromium.evaluate("return [...document.querySelectorAll("
                + "'#' + arguments[0] + ' .stepper-console li:not(.stepper-empty)')].map(li => li.textContent)", id);
    }

    /** The JSConfEU stepper at the step where "cb" waits among the timers and the stack is empty, as a PNG. */
    @SuppressWarnings("unchecked")
    private static void photographJsConfEuHalfWay(Chromium chromium) throws Exception {
        String id = "stepper-hi-jsconfeu";
        Number middle = (Number) chromium.evaluate("""
                const stepper = document.getElementById(arguments[0]);
                const trace = JSON.parse(stepper.querySelector('script.stepper-trace').textContent);
                stepper.scrollIntoView({block: 'center'});
                stepper.focus();
                return trace.frames.findIndex(f => f.step > 0 && f.stack.length === 0 && f.timers.length > 0);""", id);
        assertThat(middle.intValue()).as("a step of the JSConfEU run with the stack empty and a timer waiting").isPositive();
        chromium.press(Keys.HOME);
        chromium.press(Keys.ARROW_RIGHT, middle.intValue());
        Map<String, Object> shown = (Map<String, Object>) chromium.evaluate("""
                const box = name => [...document.querySelectorAll('#' + arguments[0] + ' .stepper-' + name
                    + ' li:not(.stepper-empty)')].map(li => li.textContent);
                return {stack: box('stack'), timers: box('timers'), console: box('console')};""", id);
        assertThat((List<String>) shown.get("stack")).as("the JSConfEU stepper half-way: its call stack").isEmpty();
        assertThat((List<String>) shown.get("timers")).as("the JSConfEU stepper half-way: its timers").hasSize(1);
        assertThat((List<String>) shown.get("console")).as("the JSConfEU stepper half-way: its console")
                .containsExactly("Hi", "JSConfEU");
        chromium.screenshot(SCREENSHOTS.resolve("jsconfeu-stepper-half-way.png"));
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
