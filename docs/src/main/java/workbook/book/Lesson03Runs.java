package workbook.book;

import static workbook.book.BookRun.Check.all;
import static workbook.book.BookRun.Check.printedInOrder;
import static workbook.book.BookRun.Check.printedSecondsBetween;
import static workbook.book.BookRun.Check.tookBetween;
import static workbook.book.BookRuns.seconds;

import java.time.Duration;
import java.util.List;
import workbook.futures.GatherDemo;
import workbook.kit.Greeting;
import workbook.futures.JsPrintOrder;
import workbook.futures.PageDemo;
import workbook.kit.Timeline;

/** Lesson 03's runs: gather, the page from three services, the JavaScript print order. */
final class Lesson03Runs {

    private Lesson03Runs() {
    }

    static List<BookRun> runs() {
        return List.of(
                BookRun.waiting("lesson-03-gather", "three greeting tasks, gathered, take 3 s instead of 6",
                        all(tookBetween(seconds(2.8), seconds(3.6)),
                                printedInOrder("^Started at", "Luciano", "Sebastián", "Guido", "^Finished at",
                                        "in the order asked: .*Guido.*Sebastián.*Luciano")),
                        (out, timeline) -> GatherDemo.run(Greeting.TALK, out, timeline)),
                BookRun.waiting("lesson-03-page",
                        "a page for a session takes about 1.5 s: 0.5 s to find the user, then 1 s for the three loads together",
                        all(printedSecondsBetween("page for session-anand in (\\d+\\.\\d+) s", seconds(1.4), seconds(2.1)),
                                printedInOrder("load\\(\\) fails with: .*posts service is down",
                                        "loadDegraded\\(\\) gives: ")),
                        (out, timeline) -> PageDemo.run(out, timeline)),
                BookRun.waiting("lesson-03-print-order",
                        "the JavaScript program prints Hello, Hello, Pythonistas, Thanks for waiting, World; "
                                + "the last two after the 4 s timer; every line from the one thread js-main",
                        all(tookBetween(seconds(3.9), seconds(5)),
                                printedInOrder("^Hello$", "^Hello$", "^Pythonistas$", "^Thanks for waiting$", "^World$"),
                                Lesson03Runs::oneThread),
                        Lesson03Runs::printOrder));
    }

    /** Every line came from the runtime's one thread: async, and no other thread. */
    private static java.util.Optional<String> oneThread(BookRun.Outcome outcome, List<String> printed) {
        List<String> threads = outcome.timeline().spans().stream().map(Timeline.Span::thread).distinct().toList();
        return threads.equals(List.of("js-main")) ? java.util.Optional.empty()
                : java.util.Optional.of("the script's lines came from the threads " + threads + ", expected js-main only");
    }

    /** Runs the script; the instants its lines are printed, and the thread printing them, make the timeline. */
    private static void printOrder(java.util.function.Consumer<String> out, Timeline timeline) {
        Duration[] pythonistas = {null};
        Duration[] thanks = {null};
        JsPrintOrder.run(JsPrintOrder.TALK_WAIT, line -> {
            Duration now = timeline.now();
            Thread thread = Thread.currentThread();
            switch (line) {
                case "Pythonistas" -> {
                    pythonistas[0] = now;
                    timeline.add("script: say_hello(), print_warmup()", thread, Duration.ZERO, now);
                }
                case "Thanks for waiting" -> {
                    thanks[0] = now;
                    timeline.add("wait(): the 4 s timer", thread, pythonistas[0], now);
                }
                case "World" -> timeline.add("say_hello() resumes: World", thread, thanks[0], now);
                default -> { }
            }
            out.accept(line);
        });
    }
}
