package workbook.book;

import static workbook.book.BookRun.Check.all;
import static workbook.book.BookRun.Check.printedInOrder;
import static workbook.book.BookRun.Check.printedSecondsBetween;
import static workbook.book.BookRun.Check.tookBetween;
import static workbook.book.BookRuns.seconds;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import workbook.kit.Timeline;
import workbook.threads.ConcurrentGreetings;
import workbook.kit.Greeting;
import workbook.threads.SpeedupTable;
import workbook.threads.WaitingAtScale;

/** Lesson 02's runs: the greetings on threads, waiting at scale, and the speed-up table. */
final class Lesson02Runs {

    private Lesson02Runs() {
    }

    static List<BookRun> runs() {
        return List.of(
                greetings("lesson-02-greetings-threads", ConcurrentGreetings.Style.PLATFORM_THREADS, "greeter-"),
                greetings("lesson-02-greetings-virtual", ConcurrentGreetings.Style.VIRTUAL_THREADS, "virtual-greeter-"),
                // Ten thousand virtual threads load the JVM's scheduler: run alone, so the other waiting runs keep their times.
                BookRun.computing("lesson-02-scale",
                        "10 000 one-second waits take about 1 s on virtual threads; 300 of them take about 3 s "
                                + "on a pool of 100 platform threads",
                        all(printedSecondsBetween("tasks on virtual threads: (\\d+\\.\\d+) s", seconds(0.95), seconds(2.5)),
                                printedSecondsBetween("300 tasks on a pool of 100 platform threads: (\\d+\\.\\d+) s",
                                        seconds(2.9), seconds(4.5))),
                        (out, timeline) -> {
                            // The run prints a line as each batch ends: those instants give the timeline's bars.
                            Duration[] since = {null};
                            Thread runner = Thread.currentThread();
                            WaitingAtScale.run(10_000, 100, 300, Duration.ofSeconds(1), line -> {
                                Duration now = timeline.now();
                                if (line.contains("tasks on virtual threads")) {
                                    timeline.add("10 000 tasks on virtual threads", runner, since[0], now);
                                } else if (line.contains("tasks on a pool")) {
                                    timeline.add("300 tasks on a pool of 100", runner, since[0], now);
                                }
                                since[0] = now;
                                out.accept(line);
                            });
                        }),
                BookRun.computing("lesson-02-speedup",
                        "8 prime searches on 8 threads gain between nothing and about ×cores, never ×8; 8 waits on 8 threads gain close to ×8",
                        Lesson02Runs::speedupsHaveTheirShapes,
                        (out, timeline) -> {
                            List<SpeedupTable.Row> rows = SpeedupTable.run(List.of(2, 4, 8), 200_000, Duration.ofMillis(100), out);
                            SpeedupTable.Row eight = rows.getLast();
                            Duration work = SpeedupTable.cpuTime(eight.tasks(), SpeedupTable.primeSearch(200_000));
                            out.accept(String.format(Locale.ROOT, "The %d prime searches are %.2f s of CPU work; on %d threads "
                                    + "they took %.2f s: %.1f cores computed at once", eight.tasks(), work.toNanos() / 1e9,
                                    eight.tasks(), eight.cpuOnN().toNanos() / 1e9, (double) work.toNanos() / eight.cpuOnN().toNanos()));
                            Duration spread = SpeedupTable.cpuOnThreads(eight.tasks(), SpeedupTable.primeSearch(200_000));
                            out.accept(String.format(Locale.ROOT, "On their %d threads together they used %.2f s of CPU: "
                                    + "×%.2f the work on one thread", eight.tasks(), spread.toNanos() / 1e9,
                                    (double) spread.toNanos() / work.toNanos()));
                        }));
    }

    private static BookRun greetings(String name, ConcurrentGreetings.Style style, String threadNames) {
        return BookRun.waiting(name, "the 3 s, 2 s and 1 s greetings on " + style + " take 3 s, Luciano first, "
                        + "each on a thread of its own named " + threadNames + "N",
                all(tookBetween(seconds(2.8), seconds(3.6)),
                        printedInOrder("^Started at", "Luciano", "Sebastián", "Guido", "^Finished at"),
                        threadsNamed(threadNames)),
                (out, timeline) -> ConcurrentGreetings.run(style, Greeting.TALK, out, timeline));
    }

    /** Three bars on three threads, each named {@code prefix} and a number: the names the timeline shows. */
    private static BookRun.Check threadsNamed(String prefix) {
        return (outcome, printed) -> {
            List<String> threads = outcome.timeline().spans().stream().map(Timeline.Span::thread).distinct().toList();
            return threads.size() == 3 && threads.stream().allMatch(thread -> thread.matches(prefix + "\\d+( \\(virtual\\))?"))
                    ? Optional.empty()
                    : Optional.of("the greetings ran on threads " + threads + ", expected three named " + prefix + "N");
        };
    }

    private static final Pattern EIGHT = Pattern.compile("^\\s*8 \\|.*×\\s*(\\d+\\.\\d+) \\|.*×\\s*(\\d+\\.\\d+)\\s*$");
    static final Pattern SPREAD = Pattern.compile("×(\\d+\\.\\d+) the work on one thread$");
    static final Pattern CORES_AT_ONCE = Pattern.compile("(\\d+\\.\\d+) cores computed at once$");

    /**
     * The searches against their own CPU time, which a busy machine does not change (one thread gets less than a
     * core while eight get more of the machine's share, so the ratio of wall times can pass ×cores); the waits
     * against one thread's waits.
     */
    private static Optional<String> speedupsHaveTheirShapes(BookRun.Outcome outcome, List<String> printed) {
        int cores = Runtime.getRuntime().availableProcessors();
        Double waiting = null;
        Double computing = null;
        Double spread = null;
        for (String line : printed) {
            Matcher shared = SPREAD.matcher(line);
            if (shared.find()) {
                spread = Double.parseDouble(shared.group(1));
            }
            Matcher row = EIGHT.matcher(line);
            if (row.find()) {
                waiting = Double.parseDouble(row.group(2));
            }
            Matcher atOnce = CORES_AT_ONCE.matcher(line);
            if (atOnce.find()) {
                computing = Double.parseDouble(atOnce.group(1));
            }
        }
        if (waiting == null || computing == null || spread == null) {
            return Optional.of("no row for 8 tasks, no line of cores at once or of CPU on the threads in:\n  "
                    + String.join("\n  ", printed));
        }
        // The book's words: computing on at most about as many cores as there are, the same work spread over the
        // threads (CPU time, which a busy machine does not stretch); waiting close to ×8.
        boolean holds = computing <= cores * 1.15 && spread >= 0.8 && spread <= 1.5 && waiting >= 6 && waiting <= 1.05 * 8;
        return holds ? Optional.empty() : Optional.of(String.format(Locale.ROOT,
                "with 8 tasks, %.1f cores computed at once (expected at most %.1f on %d cores), the threads used ×%.2f "
                        + "the CPU of one thread (expected ×0.8 to ×1.5), and waiting sped up ×%.1f (expected ×6 to ×8.4)",
                computing, cores * 1.15, cores, spread, waiting));
    }
}
