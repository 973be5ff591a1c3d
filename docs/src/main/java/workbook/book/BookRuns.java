package workbook.book;

import static workbook.book.BookRun.Check.all;
import static workbook.book.BookRun.Check.printedInOrder;
import static workbook.book.BookRun.Check.tookBetween;
import static workbook.book.BookRun.Check.tookExactly;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import workbook.kit.Timeline;
import workbook.sync.Greeter;
import workbook.kit.Greeting;
import workbook.sync.SequentialGreetings;
import workbook.kit.SimulRules;
import workbook.sync.SyncChessSimul;
import workbook.kit.VirtualClock;
import workbook.sync.Workload;

/**
 * Runs the lessons' programs while the book is built, so every output and timing the book shows is real.
 *
 * <p>For each {@link BookRun} it writes, into the runs folder: {@code NAME.txt} (what the program printed),
 * {@code NAME-timeline.txt} (the timeline as text) and {@code attributes.adoc} ({@code {NAME-took}},
 * {@code {NAME-claim}}); into the book's images: {@code NAME.svg} (the timeline, one bar per task).
 * A run that contradicts its claim fails the build.
 *
 * <p>Usage: {@code BookRuns <runs folder> <timeline images folder>}.
 */
public final class BookRuns {

    private BookRuns() {
    }

    // tag::runs[]
    /** Every run the book shows. Add a lesson's runs here (and its module as a dependency in docs/pom.xml). */
    static List<BookRun> runs() {
        List<BookRun> runs = new ArrayList<>(lesson01());
        runs.addAll(Lesson02Runs.runs());
        runs.addAll(Lesson03Runs.runs());
        runs.addAll(Lesson04Runs.runs());
        runs.addAll(Lesson04AwaitRuns.runs());
        runs.addAll(Lesson05Runs.runs());
        runs.add(JvmFacts.run());
        return List.copyOf(runs);
    }
    // end::runs[]

    private static List<BookRun> lesson01() {
        return List.of(
                // Lesson 01: one thing after another.
                BookRun.waiting("lesson-01-greetings", "three greetings, one after another, take 3 + 2 + 1 = 6 s",
                        all(tookBetween(seconds(5.8), seconds(7)),
                                printedInOrder("^Started at", "Guido", "Sebastián", "Luciano", "^Finished at")),
                        (out, timeline) -> SequentialGreetings.run(Greeting.TALK, new Greeter(out), out, timeline)),
                BookRun.simulated("lesson-01-simul", "the synchronous simul: 24 boards × 30 min = 12 h",
                        tookExactly(Duration.ofHours(12)),
                        out -> {
                            VirtualClock clock = new VirtualClock();
                            Timeline timeline = Timeline.on(clock::nanos);
                            Duration took = new SyncChessSimul(clock, timeline).play(SimulRules.TALK);
                            out.accept("24 boards, one after another, 30 move pairs each (5 s + 55 s)");
                            out.accept("The simul took " + Durations.show(took) + " of virtual time");
                            return new BookRun.Outcome(took, timeline);
                        }),
                BookRun.computing("lesson-01-workload",
                        "a greeting hardly uses the CPU while it waits; a prime search uses it many times more",
                        all(printedInOrder("greetAfter\\(1 s\\).*IO_BOUND", "primes below 1 000 000"),
                                BookRuns::primesUseTheCpuFarMore),
                        (out, timeline) -> {
                            Greeter greeter = new Greeter(line -> { });
                            Timeline.Running greeting = timeline.begin("greetAfter(1 s)");
                            out.accept(Workload.measure("greetAfter(1 s)",
                                    () -> greeter.greetAfter(Duration.ofSeconds(1), "Guido van Rossum")).toString());
                            greeting.end();
                            Timeline.Running search = timeline.begin("primes below 1 000 000");
                            out.accept(Workload.measure("primes below 1 000 000",
                                    () -> workbook.kit.Primes.countBelow(1_000_000)).toString());
                            search.end();
                        })
        );
    }

    /** A figure the book quotes in its text, {@code {NAME}}: group 1 of the first line of a run that matches. */
    record Figure(String attribute, String run, Pattern line) {
    }

    /** Every figure the text quotes from a run's output, so that the text cannot say one thing and the run another. */
    static final List<Figure> FIGURES = List.of(
            new Figure("jvm-stack", "jvm-facts", Pattern.compile("^stack reserved per platform thread \\(-Xss\\): (\\d+ KiB)")),
            new Figure("jvm-cores", "jvm-facts", Pattern.compile("^common pool parallelism: \\d+, on (\\d+) core")),
            new Figure("jvm-common-pool", "jvm-facts", Pattern.compile("^common pool parallelism: (\\d+)")),
            new Figure("jvm-virtual-thread", "jvm-facts", Pattern.compile("^a named one, running: (.*)$")),
            new Figure("jvm-bare-thread", "jvm-facts", Pattern.compile("System.err got: (.*)$")),
            new Figure("lesson-02-speedup-cpu", "lesson-02-speedup", Pattern.compile("^\\s*8 \\|.*×\\s*(\\d+\\.\\d+) \\|")),
            new Figure("lesson-02-speedup-cores", "lesson-02-speedup", Lesson02Runs.CORES_AT_ONCE),
            new Figure("lesson-02-speedup-spread", "lesson-02-speedup", Lesson02Runs.SPREAD),
            new Figure("lesson-02-speedup-waiting", "lesson-02-speedup",
                    Pattern.compile("^\\s*8 \\|.*×\\s*\\d+\\.\\d+ \\|.*×\\s*(\\d+\\.\\d+)\\s*$")));

    /** CPU shares compared within one run, so a busy build machine cannot turn the claim around. */
    private static Optional<String> primesUseTheCpuFarMore(BookRun.Outcome outcome, List<String> printed) {
        List<Integer> shares = printed.stream().map(CPU_SHARE::matcher).filter(Matcher::find)
                .map(found -> Integer.parseInt(found.group(1))).toList();
        return shares.size() == 2 && shares.get(0) < 10 && shares.get(1) >= 5 * Math.max(1, shares.get(0))
                ? Optional.empty()
                : Optional.of("the CPU shares were " + shares + " %, expected under 10 % for the greeting and "
                        + "at least 5 times that for the prime search");
    }

    private static final Pattern CPU_SHARE = Pattern.compile("\\((\\d+) %\\)");

    static Duration seconds(double seconds) {
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }

    /** The longest waiting runs: each has a lane of its own, so they set the pace and nothing waits behind them. */
    private static final java.util.Set<String> OWN_LANE = java.util.Set.of("lesson-05-one-by-one", "lesson-05-gathered");

    /** One finished run: what it printed, what it took, and what contradicts its claim, if anything. */
    record Result(BookRun run, List<String> printed, BookRun.Outcome outcome, Optional<String> contradiction) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BookRuns <runs folder> <timeline images folder>");
        }
        Path runsFolder = Files.createDirectories(Path.of(args[0]));
        Path imagesFolder = Files.createDirectories(Path.of(args[1]));
        long start = System.nanoTime();

        List<BookRun> runs = runs();
        Map<String, Result> results = new ConcurrentHashMap<>();
        // The waiting runs only sleep, so they share the time: the build pays for the longest, not the sum.
        // The two longest get a lane each, the others share three lanes in turn: few runs start at the same
        // instant, so a busy machine does not make them late by loading classes all at once.
        List<List<BookRun>> lanes = new ArrayList<>();
        List<List<BookRun>> shared = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        int turn = 0;
        for (BookRun run : runs) {
            if (run.mode() != BookRun.Mode.WAITING) {
                continue;
            }
            if (OWN_LANE.contains(run.name())) {
                lanes.add(List.of(run));
            } else {
                shared.get(turn++ % shared.size()).add(run);
            }
        }
        lanes.addAll(shared);
        List<Thread> waiting = new ArrayList<>();
        for (List<BookRun> lane : lanes) {
            waiting.add(Thread.ofPlatform().name("main").start(() -> lane.forEach(run -> results.put(run.name(), execute(run)))));
        }
        for (Thread thread : waiting) {
            thread.join();
        }
        for (BookRun run : runs) {
            if (run.mode() == BookRun.Mode.ALONE) {
                results.put(run.name(), execute(run));
            }
        }

        List<String> attributes = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (BookRun run : runs) {
            Result result = results.get(run.name());
            Files.write(runsFolder.resolve(run.name() + ".txt"), result.printed());
            if (result.outcome() == null) {
                failures.add(run.name() + ": " + result.contradiction().orElseThrow());
                continue;
            }
            Timeline timeline = result.outcome().timeline();
            Files.writeString(runsFolder.resolve(run.name() + "-timeline.txt"), timeline.toString());
            if (!timeline.spans().isEmpty()) {
                Files.writeString(imagesFolder.resolve(run.name() + ".svg"), TimelineSvg.draw(
                        run.claim() + " — this run: " + Durations.show(result.outcome().took()), timeline));
            }
            attributes.add(":%s-took: %s".formatted(run.name(), Durations.show(result.outcome().took())));
            attributes.add(":%s-claim: %s".formatted(run.name(), run.claim()));
            result.contradiction().ifPresent(why -> failures.add(
                    "%s: the book claims \"%s\", but %s".formatted(run.name(), run.claim(), why)));
            System.out.printf("book run %-30s %-12s %s%n", run.name(), Durations.show(result.outcome().took()),
                    result.contradiction().isPresent() ? "CONTRADICTS ITS CLAIM" : "agrees with: " + run.claim());
        }
        for (Figure figure : FIGURES) {
            Result result = results.get(figure.run());
            Optional<String> value = result == null ? Optional.empty() : result.printed().stream()
                    .map(figure.line()::matcher).filter(Matcher::find).map(found -> found.group(1)).findFirst();
            value.ifPresentOrElse(found -> attributes.add(":%s: %s".formatted(figure.attribute(), found)),
                    () -> failures.add("the text quotes {%s} from the run %s, which printed no line matching /%s/"
                            .formatted(figure.attribute(), figure.run(), figure.line())));
        }
        Files.write(runsFolder.resolve("attributes.adoc"), attributes);
        Files.write(runsFolder.resolve("runs.adoc"), table(runs, results));
        System.out.printf("book runs done in %s%n", Durations.show(Duration.ofNanos(System.nanoTime() - start)));

        if (!failures.isEmpty()) {
            System.err.println("The book's claims do not hold; the book is not built:");
            failures.forEach(failure -> System.err.println("  " + failure));
            System.exit(1);
        }
    }

    /** How often a run that contradicts its claim is run again: a busy machine only ever makes a wait longer. */
    private static final int ATTEMPTS = 3;

    /**
     * Runs it, and again (up to {@link #ATTEMPTS} in all) while it contradicts its claim: a run that a busy
     * machine held back says nothing about the code, and the next may not be held back. A claim that is wrong
     * (an order on a virtual clock, a run too fast) contradicts it every time.
     */
    private static Result execute(BookRun run) {
        Result result = executeOnce(run);
        for (int attempt = 2; attempt <= ATTEMPTS && result.contradiction().isPresent(); attempt++) {
            System.out.printf("book run %-30s contradicted its claim (%s); measuring again, %d of %d%n", run.name(),
                    result.contradiction().get(), attempt, ATTEMPTS);
            result = executeOnce(run);
        }
        return result;
    }

    private static Result executeOnce(BookRun run) {
        List<String> printed = new CopyOnWriteArrayList<>();
        try {
            BookRun.Outcome outcome = run.program().run(printed::add);
            return new Result(run, List.copyOf(printed), outcome, run.check().contradiction(outcome, printed));
        } catch (Exception | Error failure) {
            return new Result(run, List.copyOf(printed), null, Optional.of("the run failed: " + failure));
        }
    }

    /** An AsciiDoc table of every run, its claim and what this build measured. */
    private static List<String> table(List<BookRun> runs, Map<String, Result> results) {
        List<String> lines = new ArrayList<>();
        lines.add("[cols=\"2m,4,2\",options=\"header\"]");
        lines.add("|===");
        lines.add("|Run |The book claims |This build measured");
        for (BookRun run : runs) {
            Result result = results.get(run.name());
            lines.add("|%s |%s |%s".formatted(run.name(), run.claim(),
                    result.outcome() == null ? "failed" : Durations.show(result.outcome().took())));
        }
        lines.add("|===");
        return lines;
    }
}
