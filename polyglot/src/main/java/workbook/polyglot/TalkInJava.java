package workbook.polyglot;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import workbook.kit.Clock;
import workbook.eventloop.EventLoop;
import workbook.kit.Timeline;
import workbook.pitfalls.AsyncGreeter;
import workbook.pitfalls.BlockingTheLoop;
import workbook.pitfalls.FailureWatch;
import workbook.pitfalls.Greetings;
import workbook.pitfalls.NeverAwaited;
import workbook.pitfalls.PrimeSearch;
import workbook.pitfalls.Registration;
import workbook.pitfalls.WaitingOnTheLoop;
import workbook.pitfalls.WritingBlockingCode;

/**
 * The Java side of every example of the talk, run by the lessons' own classes (the solutions), with
 * every wait multiplied by {@code scale} so the comparisons with Python and JavaScript can be quick.
 * Each method prints what the Python and JavaScript programs in {@code src/talk} print.
 */
public final class TalkInJava {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private TalkInJava() {
    }

    /** Lesson 01: 3, 2 and 1 s one after another. */
    public static void sequentialGreetings(double scale, Consumer<String> out) throws InterruptedException {
        List<workbook.kit.Greeting> greetings = workbook.kit.Greeting.TALK.stream()
                .map(g -> new workbook.kit.Greeting(scaled(g.delay(), scale), g.person())).toList();
        workbook.sync.SequentialGreetings.run(greetings, new workbook.sync.Greeter(out), out, Timeline.startingNow());
    }

    /** Lesson 02: the same greetings on platform threads. */
    public static void threadedGreetings(double scale, Consumer<String> out) throws Exception {
        List<workbook.kit.Greeting> greetings = workbook.kit.Greeting.TALK.stream()
                .map(g -> new workbook.kit.Greeting(scaled(g.delay(), scale), g.person())).toList();
        workbook.threads.ConcurrentGreetings.run(workbook.threads.ConcurrentGreetings.Style.PLATFORM_THREADS,
                greetings, out, Timeline.startingNow());
    }

    /** Lesson 03: the greetings as futures, gathered. */
    public static void gather(double scale, Consumer<String> out) {
        List<workbook.kit.Greeting> greetings = workbook.kit.Greeting.TALK.stream()
                .map(g -> new workbook.kit.Greeting(scaled(g.delay(), scale), g.person())).toList();
        workbook.futures.GatherDemo.run(greetings, out, Timeline.startingNow());
    }

    /** Lesson 05: 10, 2 and 3 s joined one by one ({@code oneByOne}) or all at once. */
    public static void writingBlockingCode(double scale, boolean oneByOne, Consumer<String> out) {
        List<workbook.kit.Greeting> greetings = workbook.kit.Greeting.BLOCKING_CODE_TALK.stream()
                .map(g -> new workbook.kit.Greeting(scaled(g.delay(), scale), g.person())).toList();
        AsyncGreeter greeter = new AsyncGreeter(out, Timeline.startingNow());
        out.accept("Started at " + LocalTime.now().format(CLOCK));
        if (oneByOne) {
            WritingBlockingCode.oneByOne(greetings, greeter);
        } else {
            new Greetings(greeter).greetAll(greetings);
        }
        out.accept("Finished at " + LocalTime.now().format(CLOCK));
    }

    private static final Pattern LOST = Pattern.compile("never observed: .* failed with (?:[\\w.$]+: )?(.*), and .*");

    /** Lesson 05: the dropped future whose failure only the {@link FailureWatch} sees, then the fix. */
    public static void neverAwaited(Consumer<String> out) {
        Consumer<String> lost = report -> {
            Matcher matcher = LOST.matcher(report);
            out.accept(matcher.matches()
                    ? "  lost: the welcome mail failed with '" + matcher.group(1) + "', and nobody looked"
                    : "  " + report);
        };
        out.accept("The mistake: the welcome mail is never awaited");
        try (FailureWatch watch = new FailureWatch(lost)) {
            out.accept("  " + NeverAwaited.registerAndForget("Guido van Rossum", NeverAwaited.SERVER_DOWN, watch));
        }
        out.accept("The fix: the registration awaits the mail");
        try (FailureWatch watch = new FailureWatch(lost)) {
            out.accept("  " + new Registration(NeverAwaited.SERVER_DOWN, watch).register("Guido van Rossum")
                    .handle((ok, failure) -> failure == null ? ok
                            : "registration failed: " + rootCause(failure).getMessage())
                    .join());
        }
    }

    /** Lesson 04: "Hi", "JSConfEU", and "there" after 5 s times {@code scale}, on the hand-built loop. */
    public static void hiJsConfEu(double scale, Consumer<String> out) {
        workbook.eventloop.HiJSConfEU.run(Clock.system(), scaled(workbook.eventloop.HiJSConfEU.TALK_DELAY, scale), out);
    }

    /** Lesson 04: say_hello the JavaScript way: an async function runs at once, up to its first await. */
    public static void sayHello(double scale, Consumer<String> out) {
        workbook.eventloop.SayHello.run(Clock.system(), scaled(workbook.eventloop.SayHello.TALK_WAIT, scale), out);
    }

    // tag::python-say-hello[]
    /** The same on lesson 04's loop, the asyncio way: {@code create_task} only queues the coroutine. */
    public static void sayHelloAsPython(double scale, Consumer<String> out) {
        Duration wait = scaled(workbook.eventloop.SayHello.TALK_WAIT, scale);
        EventLoop.run(Clock.system(), loop -> {
            loop.execute("say_hello", () -> { // asyncio.create_task(say_hello()): it starts on a later turn
                out.accept("Hello");
                out.accept("Hello");
                loop.sleep(wait)
                        .thenRunAsync(() -> out.accept("Thanks for waiting"), loop.microtasks())
                        .thenRunAsync(() -> out.accept("World"), loop.microtasks());
            });
            out.accept("Pythonistas"); // print_warmup(), while main still holds the loop
        });
    }
    // end::python-say-hello[]

    /** Lesson 05: a 100 ms timer against a prime search, on the loop and then on a worker. */
    public static void blockingTheLoop(int limit, Consumer<String> out) throws Exception {
        try (workbook.pitfalls.EventLoop loop = new workbook.pitfalls.EventLoop("event-loop");
             ExecutorService workers = Executors.newFixedThreadPool(1,
                     task -> Thread.ofPlatform().name("worker").daemon().unstarted(task))) {
            out.accept("The mistake: the prime search runs on the loop");
            race(out, loop, limit, n -> BlockingTheLoop.countOnTheLoop(loop, n));
            out.accept("The fix: the search runs on a worker");
            race(out, loop, limit, new PrimeSearch(loop, workers)::countBelow);
        }
    }

    private static void race(Consumer<String> out, workbook.pitfalls.EventLoop loop, int limit,
            IntFunction<CompletableFuture<Integer>> search) throws Exception {
        BlockingTheLoop.Race race = BlockingTheLoop.race(loop, search, limit, Timeline.startingNow());
        String timer = "  the 100 ms timer fired";
        String count = "  primes below " + limit + ": " + race.count();
        boolean timerFirst = race.timerFired().compareTo(race.countArrived()) < 0;
        out.accept(timerFirst ? timer : count);
        out.accept(timerFirst ? count : timer);
    }

    /** Lesson 05: a task on the loop joining the loop's own timer is refused; the line says why. */
    public static void awaitOutsideAsync(Consumer<String> out) throws Exception {
        try (workbook.pitfalls.EventLoop loop = new workbook.pitfalls.EventLoop("event-loop")) {
            String outcome = loop.submit(() -> WaitingOnTheLoop.joinOnTheLoop(loop))
                    .handle((greeting, failure) -> failure == null ? greeting
                            : rootCause(failure).getClass().getSimpleName() + ": " + rootCause(failure).getMessage())
                    .get(5, TimeUnit.SECONDS);
            out.accept(outcome);
        }
    }

    static Duration scaled(Duration delay, double scale) {
        return Duration.ofNanos(Math.round(delay.toNanos() * scale));
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
