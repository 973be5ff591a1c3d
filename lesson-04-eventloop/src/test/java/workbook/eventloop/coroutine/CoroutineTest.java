package workbook.eventloop.coroutine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static workbook.eventloop.coroutine.Coroutine.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import workbook.kit.Clock;
import workbook.kit.VirtualClock;
import workbook.eventloop.promise.Promise;
import workbook.eventloop.promise.PromiseLoop;
import workbook.kit.Timing;

/** Step 5: async functions are coroutines on the loop thread; every expected order is Node 20's. */
class CoroutineTest {

    private final List<String> printed = new ArrayList<>();

    private Void log(String line) {
        printed.add(line);
        return null;
    }

    @Test
    void anAsyncFunctionRunsAtOnceUpToItsFirstAwaitAndTheRestAfterTheSleep() {
        VirtualClock clock = new VirtualClock();
        List<Duration> at = new ArrayList<>();
        PromiseLoop.run(clock, loop -> {
            loop.async(() -> {
                log("Hello");
                await(loop.sleep(Duration.ofSeconds(1)));
                log("World");
                at.add(clock.now());
            });
            log("after the call");
        });

        assertThat(printed).containsExactly("Hello", "after the call", "World");
        assertThat(at).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void theCoroutineSuspendsAndResumesOnTheLoopsOwnThread() {
        List<Thread> threads = new ArrayList<>();
        PromiseLoop.run(new VirtualClock(), loop -> loop.async(() -> {
            threads.add(Thread.currentThread());
            await(loop.sleep(Duration.ofMillis(10)));
            threads.add(Thread.currentThread());
            await(Promise.resolve());
            threads.add(Thread.currentThread());
        }));

        assertThat(threads).as("the threads the async function ran on, before and after each await")
                .containsExactly(Thread.currentThread(), Thread.currentThread(), Thread.currentThread());
    }

    @Test
    void awaitingASettledPromiseStillSuspendsForOneMicrotask() {
        PromiseLoop.run(new VirtualClock(), loop -> {
            loop.async(() -> {
                log("before await");
                await(Promise.resolve());
                log("after await");
            });
            loop.queueMicrotask(() -> log("microtask queued after the call"));
            log("script done");
        });

        assertThat(printed).containsExactly("before await", "script done", "after await", "microtask queued after the call");
    }

    @Test
    void twoAsyncFunctionsTakeTurnsOneHopEach() {
        PromiseLoop.run(new VirtualClock(), loop -> {
            for (String name : List.of("A", "B")) {
                loop.async(() -> {
                    for (int step = 1; step <= 2; step++) {
                        log(name + " step " + step);
                        await(Promise.resolve());
                    }
                    log(name + " done");
                });
            }
        });

        assertThat(printed).containsExactly("A step 1", "B step 1", "A step 2", "B step 2", "A done", "B done");
    }

    @Test
    void aRejectionIsThrownAtTheAwaitAndAThrowRejectsTheAsyncFunctionsPromise() {
        PromiseLoop.run(new VirtualClock(), loop -> {
            Promise<String> failing = loop.async(() -> {
                await(Promise.resolve());
                throw new IllegalStateException("user not found");
            });
            loop.async(() -> {
                try {
                    await(failing);
                    log("never");
                } catch (IllegalStateException error) {
                    log("caught at await: " + error.getMessage());
                }
                return "recovered";
            }).then(value -> log("returned " + value));
        });

        assertThat(printed).containsExactly("caught at await: user not found", "returned recovered");
    }

    @Test
    void anAsyncFunctionReturningAPromiseSettlesTwoHopsAfterOneReturningAValue() {
        PromiseLoop.run(new VirtualClock(), loop -> {
            loop.asyncAdopt(() -> Promise.resolve("promise")).then(v -> log("wrapped gave " + v));
            loop.async(() -> "value").then(v -> log("plain gave " + v));
            Promise.resolve().then(v -> log("tick 1")).then(v -> log("tick 2")).then(v -> log("tick 3"));
        });

        assertThat(printed).containsExactly("plain gave value", "tick 1", "tick 2", "wrapped gave promise", "tick 3");
    }

    @Test
    void awaitOutsideAnAsyncFunctionFailsAtOnceNamingTheMistake() {
        PromiseLoop.run(new VirtualClock(), loop -> {
            Promise<String> answer = Promise.resolve("42");
            assertThatThrownBy(() -> await(answer))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("await is only valid in async functions");
            answer.then(v -> { // a then callback is not an async function either
                try {
                    await(answer);
                } catch (IllegalStateException expected) {
                    log(expected.getMessage());
                }
                return null;
            });
        });

        assertThat(printed).singleElement().asString().startsWith("await is only valid in async functions");
    }

    @Test
    void awaitInsideSynchronizedSuspendsSinceJdk24() {
        Object lock = new Object();
        PromiseLoop.run(new VirtualClock(), loop -> {
            loop.async(() -> {
                synchronized (lock) {
                    await(loop.sleep(Duration.ofMillis(5)));
                    log("after the await, still holding the monitor: " + Thread.holdsLock(lock));
                }
            });
            log("the caller runs on, holding it: " + Thread.holdsLock(lock));
        });

        assertThat(printed).as("JEP 491: a held monitor goes aside with the suspended stack")
                .containsExactly("the caller runs on, holding it: false", "after the await, still holding the monitor: true");
    }

    /** A static initializer that awaits: its frame is one the JDK cannot set aside. */
    static final class Pinned {
        static final String VALUE = await(Promise.resolve("loaded"));
    }

    @Test
    void anAwaitThatCannotSuspendRejectsTheAsyncFunctionWithTheReasonAndTheLoopGoesOn() {
        PromiseLoop.run(new VirtualClock(), loop -> {
            loop.async(() -> log(Pinned.VALUE))
                    .catchError(error -> log(error.getCause().getMessage()));
            loop.async(() -> {
                await(Promise.resolve());
                log("the next coroutine runs normally");
            });
        });

        assertThat(printed).hasSize(2);
        assertThat(printed.get(0)).startsWith("await cannot suspend here: the coroutine is pinned");
        assertThat(printed.get(1)).isEqualTo("the next coroutine runs normally");
    }

    @Test
    void tenThousandCoroutinesSleepingOneSecondTakeOneSecondOnOneThread() {
        AtomicInteger woke = new AtomicInteger();
        Timing.of("10 000 coroutines each awaiting a 1 s sleep")
                .shouldTakeBetween(Duration.ofSeconds(1), Timing.seconds(2.5))
                .hint("they wait together: one thread, one timer each, no coroutine holds the loop")
                .run(() -> PromiseLoop.run(Clock.system(), loop -> {
                    for (int i = 0; i < 10_000; i++) {
                        loop.async(() -> {
                            await(loop.sleep(Duration.ofSeconds(1)));
                            woke.incrementAndGet();
                        });
                    }
                }));

        assertThat(woke).hasValue(10_000);
    }
}
