package workbook.eventloop.coroutine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import workbook.kit.ThreadWaits;
import workbook.kit.VirtualClock;
import workbook.eventloop.trace.PrintedLines;
import workbook.eventloop.trace.Trace;
import workbook.eventloop.promise.Promise;
import workbook.eventloop.promise.PromiseLoop;
import workbook.kit.Goal;

/** Step 5's first exercise: an await that suspends the coroutine instead of blocking the loop thread. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstAwaitTest {

    /** How long a loop on a virtual clock may take before we call it stuck: it needs milliseconds. */
    /** A loop on a virtual clock never waits: its thread waiting this long, with no CPU meanwhile, is stuck. */
    private static final Duration STUCK = Duration.ofMillis(500);
    /** The script costs the loop thread milliseconds of CPU, a second cold: a loop thread using more is spinning. */
    private static final Duration SPINNING = Duration.ofSeconds(2);
    /** However busy the machine, a loop this slow is stuck too. */
    private static final Duration HANG = Duration.ofSeconds(30);

    private final List<String> printed = new CopyOnWriteArrayList<>();

    private volatile Trace trace; // the last run's: where its order left the expected one

    private Void log(String line) {
        PrintedLines.tell(line);
        printed.add(line);
        return null;
    }

    @Test
    @Order(1)
    @Goal(exercise = FirstAwait.class, failsBecause = "blocked the loop thread")
    void awaitGivesTheLoopThreadBackUntilThePromiseSettles() {
        runBounded(loop -> {
            loop.async(() -> {
                log("Hello");
                String value = FirstAwait.await(loop.sleep(Duration.ofMillis(10)).then(nothing -> "slept"));
                log("World, after await (" + value + ")");
            });
            log("the caller runs on");
        });

        List<String> expected = List.of("Hello", "the caller runs on", "World, after await (slept)");
        assertThat(printed).as("""
                an async function awaiting a 10 ms sleep printed %s, expected %s: %s. %s""", printed, expected,
                diagnose(printed), trace.divergence(expected))
                .isEqualTo(expected);
    }

    @Test
    @Order(2)
    @Goal(exercise = FirstAwait.class, failsBecause = "blocked the loop thread")
    void theCoroutineResumesAsAMicrotaskBeforeATimerDueAtTheSameTimeAndARejectionIsThrownAtTheAwait() {
        runBounded(loop -> {
            loop.async(() -> {
                FirstAwait.await(loop.sleep(Duration.ofMillis(10)));
                log("after await");
                try {
                    FirstAwait.await(Promise.reject(new IllegalStateException("no luck")));
                } catch (IllegalStateException thrown) {
                    log("caught at the await: " + (thrown.getCause() == null ? thrown : thrown.getCause()).getMessage());
                }
            });
            loop.setTimeout(Duration.ofMillis(10), () -> log("timer"));
        });

        List<String> expected = List.of("after await", "caught at the await: no luck", "timer");
        assertThat(printed).as("""
                an await of a 10 ms sleep beside a 10 ms timer set after it printed %s, expected %s: %s. %s""",
                printed, expected, printed.indexOf("timer") == 0
                        ? "the coroutine resumed after a timer; it resumes in a microtask of the sleep's timer, before "
                        + "the next timer (the promise's reaction: whenSettled)"
                        : "look at FirstAwait.await", trace.divergence(expected))
                .isEqualTo(expected);
    }

    @Test
    @Order(3)
    @Goal(exercise = FirstAwait.class, failsBecause = "blocked the loop thread")
    void awaitingASettledPromiseStillSuspendsForOneMicrotask() {
        runBounded(loop -> {
            loop.async(() -> {
                log("before await");
                FirstAwait.await(Promise.resolve("here already"));
                log("after await");
            });
            loop.queueMicrotask(() -> log("microtask queued after the call"));
            log("script done");
        });

        List<String> expected = List.of("before await", "script done", "after await", "microtask queued after the call");
        assertThat(printed).as("""
                awaiting a fulfilled promise printed %s, expected %s (Node's order): even a settled promise is \
                awaited through its reaction, one microtask later. %s""", printed, expected, trace.divergence(expected))
                .isEqualTo(expected);
    }

    @Test
    @Order(4)
    @Goal(exercise = FirstAwait.class, failsBecause = "blocked the loop thread")
    void aCaughtRejectionIsOverAndTheNextAwaitGivesItsOwnValue() {
        runBounded(loop -> loop.async(() -> {
            try {
                FirstAwait.await(Promise.reject(new IllegalStateException("no luck")));
            } catch (IllegalStateException thrown) {
                log("caught");
            }
            try {
                log("then " + FirstAwait.await(loop.sleep(Duration.ofMillis(10)).then(nothing -> "slept")));
            } catch (IllegalStateException thrown) {
                log("then threw " + (thrown.getCause() == null ? thrown : thrown.getCause()).getMessage());
            }
        }));

        List<String> expected = List.of("caught", "then slept");
        assertThat(printed).as("""
                an await of a fulfilled promise, after a rejection was caught, printed %s, expected %s: %s. %s""",
                printed, expected, printed.contains("then threw no luck")
                        ? "the second await threw the first one's reason again; once thrown, a reason is over: "
                        + "the coroutine's next await starts afresh (look at what await leaves behind in Suspendable)"
                        : "look at FirstAwait.await", trace.divergence(expected))
                .isEqualTo(expected);
    }

    private static String diagnose(List<String> printed) {
        int world = printed.stream().filter(line -> line.startsWith("World")).findFirst().map(printed::indexOf).orElse(-1);
        if (world < 0) {
            return "the coroutine was never resumed: who calls run() on it when the promise settles?";
        }
        return world < printed.indexOf("the caller runs on")
                ? "await returned before the promise settled; it must suspend the coroutine until then"
                : "look at FirstAwait.await";
    }

    /** Runs the script on a loop of its own thread; a loop thread that waits for {@link #STUCK} fails, saying where. */
    private void runBounded(Consumer<PromiseLoop> script) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread loopThread = Thread.ofPlatform().name("promise-loop").daemon().start(() -> {
            try {
                trace = Trace.of(() -> PromiseLoop.run(new VirtualClock(), script));
                done.complete(null);
            } catch (Throwable failure) {
                done.completeExceptionally(failure);
            }
        });
        try {
            if (!ThreadWaits.endsOrIsStuck(done, loopThread, STUCK, SPINNING, HANG)) {
                throw new TimeoutException();
            }
            done.get();
        } catch (TimeoutException stuck) {
            String stack = Arrays.stream(loopThread.getStackTrace()).limit(12).map(frame -> "    at " + frame)
                    .collect(Collectors.joining("\n"));
            List<String> soFar = List.copyOf(printed);
            loopThread.interrupt(); // let it go
            throw new AssertionError("""
                    the loop on a virtual clock got stuck (its thread waited %s with no CPU, or spun through %s of \
                    CPU, without ending): await blocked the loop thread, the only \
                    thread that can settle the promise (its timer and its reactions run there), so it waits forever. \
                    await must suspend the coroutine and give the thread back, not wait. Printed so far: %s. \
                    The loop thread is at:
                    %s""".formatted(STUCK.toMillis() + " ms", SPINNING.toSeconds() + " s", soFar, stack));
        } catch (ExecutionException failed) {
            throw new AssertionError("the loop failed: " + failed.getCause(), failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the loop", interrupted);
        }
    }
}
