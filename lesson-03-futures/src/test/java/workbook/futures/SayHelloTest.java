package workbook.futures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static workbook.kit.Timing.seconds;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import workbook.kit.Goal;
import workbook.kit.MachineLoad;
import workbook.kit.Timeline;
import workbook.kit.Timing;

// Every test has its own runtime and transcript, and only waits for timers: side by side.
@Execution(ExecutionMode.CONCURRENT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SayHelloTest {

    /** One printed line: what, when (since the run began), on which thread, and in which of the runtime's tasks. */
    record Line(String text, Duration at, String thread, long task) {
    }

    private static final List<String> NODE = List.of("Hello", "Hello", "Pythonistas", "Thanks for waiting", "World");

    private final Timeline clock = Timeline.startingNow();
    private final List<Line> transcript = new CopyOnWriteArrayList<>();

    private void print(String text) {
        transcript.add(new Line(text, clock.now(), Thread.currentThread().getName(), 0));
    }

    private List<String> texts() {
        return transcript.stream().map(Line::text).toList();
    }

    private Line line(String text) {
        return transcript.stream().filter(line -> line.text().equals(text)).findFirst().orElseThrow();
    }

    @Order(1)
    @Test
    @Goal(exercise = SayHello.class, failsBecause = "is \"World\" printed before")
    void printsInTheTalksOrder() throws Exception {
        runAndJudge(300);
    }

    @Order(2)
    @Test
    @Goal(exercise = SayHello.class, failsBecause = "is \"World\" printed before")
    void printsInTheTalksOrderWithALongerWait() throws Exception {
        runAndJudge(800);
    }

    /** Runs the talk's script: node's order, on the one thread, World by the task that settles the promise. */
    private void runAndJudge(long millis) throws Exception {
        Duration wait = Duration.ofMillis(millis);
        CompletableFuture<CompletableFuture<Void>> saidHello = new CompletableFuture<>();
        CompletableFuture<Boolean> doneWhenReturned = new CompletableFuture<>();
        AtomicBoolean doneAtWorld = new AtomicBoolean();
        CompletableFuture<Duration> waitedInTheCall = new CompletableFuture<>();
        try (JsRuntime js = new JsRuntime()) {
            CountDownLatch started = new CountDownLatch(1);
            Consumer<String> out = text -> {
                if (text.equals("World")) { // what a caller waiting for say_hello sees at its last line
                    CompletableFuture<Void> hello = saidHello.getNow(null);
                    doneAtWorld.set(hello != null && hello.isDone());
                }
                transcript.add(new Line(text, clock.now(), Thread.currentThread().getName(), js.task()));
                started.countDown();
            };
            CompletableFuture<Thread> runtimeThread = new CompletableFuture<>();
            CompletableFuture<Void> script = CompletableFuture.runAsync(() -> js.run(() -> {
                runtimeThread.complete(Thread.currentThread());
                MachineLoad.OwnTime inTheCall = MachineLoad.ownTime(); // a busy machine stretches the call, not its waiting
                CompletableFuture<Void> hello = SayHello.sayHello(js, wait, out); // the talk's script, as node runs it
                waitedInTheCall.complete(inTheCall.waited());
                doneWhenReturned.complete(hello.isDone());
                saidHello.complete(hello);
                JsPrintOrder.printWarmup(out);
            }, wait.plusSeconds(2)), runnable -> Thread.ofPlatform().daemon().name("script-runner").start(runnable));

            // while the timer is pending, the runtime's one thread must be free: nothing of SayHello's may hold it
            started.await(5, TimeUnit.SECONDS); // the script has begun (on a busy machine that may take a while)
            BlockedThreads.watchOnly(SayHello.class, List.of(runtimeThread.get(5, TimeUnit.SECONDS)),
                    wait.minus(Duration.ofMillis(50))).ifPresent(held -> fail("""
                    while the %d ms timer was pending, %s, printed so far: %s. That is the runtime's only thread: \
                    while it waits, nothing else runs, not print_warmup and not the timer whose callback settles the \
                    promise. Expected SayHello.sayHello to return at once and "World" to follow when the promise \
                    settles. Look at what sayHello waits on.""".formatted(millis, held, texts())));
            try {
                script.get(wait.plusSeconds(3).toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException stuck) {
                fail("""
                        the script never finished (%s), after printing %s. Is SayHello.sayHello waiting for the \
                        promise on the runtime's only thread, the thread the timer needs to resolve it?""",
                        stuck instanceof ExecutionException failed ? failed.getCause().getMessage() : "no answer", texts());
            }
            Duration waited = waitedInTheCall.getNow(Duration.ZERO);
            if (waited.compareTo(wait.dividedBy(2)) >= 0) {
                fail("""
                        SayHello.sayHello kept the runtime's only thread waiting %s (asleep or parked) before it \
                        returned, with the %d ms timer pending; printed: %s. While it waits, nothing else runs, \
                        not print_warmup and not the timer whose callback settles the promise. Expected \
                        SayHello.sayHello to return at once and "World" to follow when the promise settles. Look at \
                        what sayHello waits on.""".formatted(Timeline.seconds(waited), millis, texts()));
            }
            try { // the runtime is done; a future completed on some other thread may still be on its way
                saidHello.getNow(CompletableFuture.completedFuture(null)).get(2, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException notThere) {
                // what was printed says what went wrong
            }
        }

        if (!texts().equals(NODE)) {
            fail("""
                    the script printed %s, expected Hello, Hello, Pythonistas, Thanks for waiting, World, as node \
                    does. Look at SayHello.sayHello: is "World" printed before the wait() promise settles?""", texts());
        }
        Line thanks = line("Thanks for waiting");
        Line world = line("World");
        if (!world.thread().equals(JsRuntime.THREAD)) {
            fail("""
                    "World" was printed by thread %s, not by the runtime's one thread %s: in JavaScript the code \
                    after await runs on the one thread, when the promise settles, and no other thread is needed to \
                    wait for it. Look at how SayHello.sayHello goes on after the promise.""",
                    world.thread(), JsRuntime.THREAD);
        }
        if (world.task() != thanks.task()) {
            fail("""
                    "World" was printed by the runtime's task #%d, a task of its own, not by task #%d, the wait() \
                    timer's callback that settles the promise: code after await runs because the promise settled, \
                    not at a time of its own (printed %s after "Thanks for waiting"). Look at what \
                    SayHello.sayHello prints "World" after.""", world.task(), thanks.task(),
                    String.format(Locale.ROOT, "%.1f ms", world.at().minus(thanks.at()).toNanos() / 1e6));
        }
        if (doneWhenReturned.join()) {
            fail("""
                    SayHello.sayHello returned a future that was already complete, before "World" was printed: \
                    its caller cannot wait for say_hello to finish. Expected the future it returns to complete once \
                    "World" has been printed. Look at what sayHello returns.""");
        }
        if (doneAtWorld.get()) {
            fail("""
                    when "World" was printed, the future SayHello.sayHello returned had already completed: a caller \
                    that goes on once say_hello is over (say_hello().then(...)) would go on before its last line. \
                    Expected that future to complete once "World" has been printed. Look at which future sayHello \
                    returns.""");
        }
        assertThat(saidHello.join()).as("the future sayHello returned completes once \"World\" is printed").isDone();
        assertThat(thanks.at()).as("the timer's callback runs once its %d ms are over", millis).isGreaterThanOrEqualTo(wait);
    }

    @Order(3)
    @Test
    void everyLineIsPrintedByTheRuntimesOneThreadAndTheThanksAfterTheTimer() {
        Timing.of("the script with a 1 s timer").shouldTakeBetween(seconds(0.95), seconds(2))
                .run(() -> JsPrintOrder.run(Duration.ofSeconds(1), this::print));

        assertThat(texts()).containsExactlyInAnyOrder("Hello", "Hello", "Pythonistas", "Thanks for waiting", "World");
        assertThat(transcript).extracting(Line::thread).containsOnly(JsRuntime.THREAD);
        Line thanks = transcript.stream().filter(line -> line.text().equals("Thanks for waiting")).findFirst().orElseThrow();
        assertThat(thanks.at()).as("the timer's callback runs once its delay is over").isGreaterThanOrEqualTo(seconds(1));
        assertThat(transcript.stream().filter(line -> line.text().equals("Pythonistas")).findFirst().orElseThrow().at())
                .as("the script itself does not wait for the timer").isLessThan(thanks.at());
    }

    @Order(4)
    @Test
    void theRuntimeFailsNamingWhatIsStuckInsteadOfHanging() {
        try (JsRuntime js = new JsRuntime()) {
            Timing.of("a runtime whose script never ends, given 0.5 s").shouldTakeBetween(seconds(0.45), seconds(2))
                    .run(() -> {
                        try {
                            js.run(SayHelloTest::waitForever, Duration.ofMillis(500));
                            fail("a script that never ends must not be reported as done");
                        } catch (IllegalStateException stuck) {
                            assertThat(stuck).hasMessageContaining("still pending after 500 ms");
                        }
                    });
        } // closing the runtime interrupts the endless script
    }

    private static void waitForever() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
