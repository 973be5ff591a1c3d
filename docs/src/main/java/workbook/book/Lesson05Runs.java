package workbook.book;

import static workbook.book.BookRun.Check.all;
import static workbook.book.BookRun.Check.printedInOrder;
import static workbook.book.BookRun.Check.tookBetween;
import static workbook.book.BookRuns.seconds;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import workbook.kit.ChildJvm;
import workbook.kit.Timeline;
import workbook.pitfalls.AsyncGreeter;
import workbook.pitfalls.BlockingTheLoop;
import workbook.pitfalls.CommonPoolStarvation;
import workbook.pitfalls.EventLoop;
import workbook.kit.Greeting;
import workbook.pitfalls.Greetings;
import workbook.pitfalls.NeverAwaited;
import workbook.pitfalls.PrimeSearch;
import workbook.pitfalls.SwallowedInterrupt;
import workbook.pitfalls.WaitingOnTheLoop;
import workbook.pitfalls.WritingBlockingCode;

/** Lesson 05's runs: each mistake next to its fix, with the numbers the chapter quotes. */
final class Lesson05Runs {

    private Lesson05Runs() {
    }

    static List<BookRun> runs() {
        return List.of(
                BookRun.waiting("lesson-05-one-by-one",
                        "the 10 s, 2 s and 3 s greetings, awaited one by one, take 10 + 2 + 3 = 15 s",
                        all(tookBetween(seconds(14.5), seconds(16.5)), printedInOrder("Guido", "Sebastián", "Luciano")),
                        (out, timeline) -> WritingBlockingCode.oneByOne(Greeting.BLOCKING_CODE_TALK, new AsyncGreeter(out, timeline))),
                BookRun.waiting("lesson-05-gathered",
                        "the same greetings, all started before any is awaited, take 10 s",
                        all(tookBetween(seconds(9.8), seconds(11.5)), printedInOrder("Sebastián", "Luciano", "Guido")),
                        (out, timeline) -> new Greetings(new AsyncGreeter(out, timeline)).greetAll(Greeting.BLOCKING_CODE_TALK)),
                BookRun.waiting("lesson-05-waiting-on-the-loop",
                        "a loop task that joins its own loop's timer never gets it; chaining on the timer does",
                        printedInOrder("The mistake", "failed: ", "plain CompletableFuture",
                                "failed: TimeoutException", "The fix", "meanwhile the loop runs other tasks",
                                "Hello Guido van Rossum"),
                        (out, timeline) -> WaitingOnTheLoop.run(out)),
                BookRun.waiting("lesson-05-never-awaited",
                        "a dropped future's failure is lost; chained on, it reaches the caller",
                        printedInOrder("The mistake", "watch: never observed: .*mail server down",
                                "The fix", "registration failed: IOException: mail server down",
                                "nothing to report"),
                        (out, timeline) -> NeverAwaited.run(out)),
                BookRun.waiting("lesson-05-swallowed-interrupt",
                        "a heartbeat that swallows the interrupt runs on after cancel(true); one that stops ends at once",
                        all(printedInOrder("The mistake", "interrupted, but carrying on", "beat 10", "The fix"),
                                secondsInOrder("the task ended (\\d+\\.\\d+) s after",
                                        new double[] {0.5, 1.5}, new double[] {0, 0.2})),
                        (out, timeline) -> SwallowedInterrupt.run(out)),
                BookRun.waiting("lesson-05-common-pool",
                        "four 1 s fetches take 4 s on the common pool of a 2-core machine (1 worker), 1 s on virtual threads",
                        secondsInOrder("^\\s*took (\\d+\\.\\d+) s", new double[] {3.8, 5.0}, new double[] {0.9, 1.6}),
                        Lesson05Runs::commonPool),
                BookRun.computing("lesson-05-loop-blocked",
                        "a prime search on the loop holds up a 100 ms timer until it is over",
                        timerAgainstSearch(false),
                        (out, timeline) -> race(out, timeline, false)),
                BookRun.computing("lesson-05-loop-offloaded",
                        "the same search on a worker thread: the timer fires on time, long before the count",
                        timerAgainstSearch(true),
                        (out, timeline) -> race(out, timeline, true)));
    }

    /** Races the 100 ms timer against the search, on the loop or handed to a worker, as BlockingTheLoop does. */
    private static void race(Consumer<String> out, Timeline timeline, boolean offloaded) throws Exception {
        try (EventLoop loop = new EventLoop("event-loop");
             ExecutorService workers = Executors.newFixedThreadPool(1,
                     task -> Thread.ofPlatform().name("worker").daemon().unstarted(task))) {
            IntFunction<CompletableFuture<Integer>> search = offloaded
                    ? new PrimeSearch(loop, workers)::countBelow
                    : limit -> BlockingTheLoop.countOnTheLoop(loop, limit);
            BlockingTheLoop.Race race = BlockingTheLoop.race(loop, search, BlockingTheLoop.LIMIT, timeline);
            out.accept("%d primes below %,d, the count back after %s".formatted(
                    race.count(), BlockingTheLoop.LIMIT, Timeline.seconds(race.countArrived())));
            out.accept("the 100 ms timer fired after %s (%s late)".formatted(
                    Timeline.seconds(race.timerFired()), Timeline.seconds(race.lateness())));
        }
    }

    private static final Pattern COUNT_BACK = Pattern.compile("count back after (\\d+\\.\\d+) s");
    private static final Pattern TIMER_FIRED = Pattern.compile("timer fired after (\\d+\\.\\d+) s");

    /** On the loop the timer can only fire after the search; off it, within 100 to 400 ms and before it. */
    private static BookRun.Check timerAgainstSearch(boolean offloaded) {
        return (outcome, printed) -> {
            List<Double> count = secondsIn(printed, COUNT_BACK);
            List<Double> timer = secondsIn(printed, TIMER_FIRED);
            if (count.size() != 1 || timer.size() != 1) {
                return Optional.of("expected one count and one timer line, it printed:\n  " + String.join("\n  ", printed));
            }
            double countBack = count.getFirst();
            double fired = timer.getFirst();
            boolean holds = offloaded
                    ? fired >= 0.1 && fired <= 0.4 && fired < countBack
                    : fired >= countBack - 0.01 && fired >= 0.15;
            return holds ? Optional.empty() : Optional.of(String.format(Locale.ROOT,
                    "the timer fired after %.2f s and the count came back after %.2f s, expected %s", fired, countBack,
                    offloaded ? "the timer within 0.10 to 0.40 s and before the count"
                            : "the timer at least 0.05 s late, and not before the count"));
        };
    }

    /** Each line matching {@code pattern} shows seconds within the range given for it, in order. */
    private static BookRun.Check secondsInOrder(String pattern, double[]... ranges) {
        Pattern regex = Pattern.compile(pattern);
        return (outcome, printed) -> {
            List<Double> shown = secondsIn(printed, regex);
            if (shown.size() != ranges.length) {
                return Optional.of("expected %d lines matching /%s/, it printed:%n  %s"
                        .formatted(ranges.length, pattern, String.join("\n  ", printed)));
            }
            for (int i = 0; i < ranges.length; i++) {
                if (shown.get(i) < ranges[i][0] || shown.get(i) > ranges[i][1]) {
                    return Optional.of(String.format(Locale.ROOT, "line %d matching /%s/ shows %.2f s, expected %.2f s to %.2f s",
                            i + 1, pattern, shown.get(i), ranges[i][0], ranges[i][1]));
                }
            }
            return Optional.empty();
        };
    }

    private static List<Double> secondsIn(List<String> printed, Pattern regex) {
        List<Double> seconds = new ArrayList<>();
        for (String line : printed) {
            Matcher found = regex.matcher(line);
            if (found.find()) {
                seconds.add(Double.parseDouble(found.group(1)));
            }
        }
        return seconds;
    }

    /**
     * The common pool's size is set when a JVM starts, so each fetch runs in a JVM of its own with the single
     * worker of a 2-core machine; the moments its lines arrive make the timeline.
     */
    private static void commonPool(Consumer<String> out, Timeline timeline) throws Exception {
        fetchInChildJvm(out, timeline, "mistake", "supplyAsync with no executor: the common pool, 1 worker");
        fetchInChildJvm(out, timeline, "fix", "Downloads: a virtual thread per fetch");
    }

    private static void fetchInChildJvm(Consumer<String> out, Timeline timeline, String which, String title)
            throws Exception {
        out.accept(title);
        Duration[] started = {Duration.ZERO};
        Thread reader = Thread.currentThread();
        Consumer<String> echo = line -> {
            if (line.equals(CommonPoolStarvation.STARTED)) {
                started[0] = timeline.now();
            } else if (line.equals(CommonPoolStarvation.FINISHED)) {
                timeline.add("4 fetches: " + which, reader, started[0], timeline.now());
            }
            out.accept("  " + line);
        };
        try (ChildJvm child = ChildJvm.start(CommonPoolStarvation.class, List.of(CommonPoolStarvation.ONE_WORKER),
                echo, which)) {
            if (!child.awaitExit(Duration.ofSeconds(30))) {
                throw new IllegalStateException("the " + which + " JVM did not finish within 30 s");
            }
        }
    }
}
