package workbook.polyglot;

import static java.time.Duration.ofMillis;
import static workbook.eventloop.coroutine.Coroutine.await;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import workbook.kit.VirtualClock;
import workbook.eventloop.promise.AggregateError;
import workbook.eventloop.promise.Promise;
import workbook.eventloop.promise.PromiseLoop;
import workbook.eventloop.promise.Thenable;
import workbook.eventloop.promise.UnhandledRejection;

/**
 * Event-loop puzzles: each is written once in JavaScript ({@code src/talk/puzzles/NAME.js}) and once
 * here, on lesson 04's {@link PromiseLoop} with its {@link Promise} and coroutines. Node and the
 * hand-built loop must print the same lines in the same order.
 *
 * <p>The translation is mechanical, line for line: {@code setTimeout}, {@code queueMicrotask},
 * {@code Promise.resolve/reject/all/allSettled/race/any}, {@code then}, {@code catch}
 * ({@link Promise#catchError}), {@code finally} ({@link Promise#finallyDo}), {@code async} and
 * {@code await} keep their names; {@code console.log} returns {@code Void}, as it returns
 * {@code undefined}, so that it fits a {@code then}. One thing Java cannot do at run time is
 * change a type: a {@code then} callback that returns a promise is written {@code thenAdopt}.
 * It was not mechanical with {@code CompletableFuture}: a future runs its dependents in the
 * wrong order, without the hops, and forgets failures nobody handled.
 */
public final class Puzzles {

    /** {@code console.log}: returns nothing, like JavaScript's, so it can end a {@code then}. */
    @FunctionalInterface
    public interface Console {
        Void log(String line);
    }

    /** A puzzle: what the script does on the loop, printing to the console. */
    @FunctionalInterface
    interface Puzzle extends BiConsumer<PromiseLoop, Console> {
    }

    /** What a puzzle printed, and the error that ended it early (an unhandled rejection), if one did. */
    public record Outcome(List<String> printed, Throwable uncaught) {
    }

    // tag::puzzles[]
    private static final Map<String, Puzzle> PUZZLES = Map.ofEntries(
            Map.entry("01-timers-by-deadline", (loop, console) -> {
                loop.setTimeout(ofMillis(300), () -> console.log("300 ms"));
                loop.setTimeout(ofMillis(100), () -> console.log("100 ms"));
                loop.setTimeout(ofMillis(200), () -> console.log("200 ms"));
                console.log("script done");
            }),
            Map.entry("02-equal-deadlines", (loop, console) -> {
                for (String name : List.of("first", "second", "third")) {
                    loop.setTimeout(ofMillis(10), () -> console.log(name));
                }
                console.log("script done");
            }),
            Map.entry("03-timeout-zero-vs-promise", (loop, console) -> {
                loop.setTimeout(ofMillis(0), () -> console.log("timeout 0"));
                Promise.resolve().then(v -> console.log("then"));
                loop.queueMicrotask(() -> console.log("microtask"));
                console.log("script done");
            }),
            Map.entry("04-microtask-queues-microtask", (loop, console) -> {
                loop.setTimeout(ofMillis(0), () -> console.log("timeout"));
                loop.queueMicrotask(() -> {
                    console.log("microtask 1");
                    loop.queueMicrotask(() -> {
                        console.log("microtask 2, queued by 1");
                        loop.queueMicrotask(() -> console.log("microtask 3, queued by 2"));
                    });
                });
                console.log("script done");
            }),
            Map.entry("05-microtask-from-timer", (loop, console) -> {
                loop.setTimeout(ofMillis(5), () -> {
                    console.log("timeout 1");
                    Promise.resolve().then(v -> console.log("then, queued by timeout 1"));
                });
                loop.setTimeout(ofMillis(5), () -> console.log("timeout 2"));
                console.log("script done");
            }),
            Map.entry("06-timer-set-by-timer", (loop, console) -> {
                loop.setTimeout(ofMillis(0), () -> {
                    console.log("timeout A");
                    loop.setTimeout(ofMillis(0), () -> console.log("timeout C, set by A"));
                });
                loop.setTimeout(ofMillis(0), () -> console.log("timeout B"));
                console.log("script done");
            }),
            Map.entry("07-await-chain", (loop, console) -> {
                for (String name : List.of("a", "b")) {
                    loop.async(() -> {
                        console.log(name + " step 1");
                        await(Promise.resolve());
                        console.log(name + " step 2");
                        await(Promise.resolve());
                        console.log(name + " step 3");
                    });
                }
                console.log("script done");
            }),
            Map.entry("08-then-chains-interleave", (loop, console) -> {
                Promise.resolve()
                        .then(v -> console.log("x1"))
                        .then(v -> console.log("x2"))
                        .then(v -> console.log("x3"));
                Promise.resolve()
                        .then(v -> console.log("y1"))
                        .then(v -> console.log("y2"));
                console.log("script done");
            }),
            Map.entry("09-rejection-caught-later", (loop, console) -> {
                Promise<Void> failed = Promise.reject(new IllegalStateException("mail server down"));
                loop.setTimeout(ofMillis(0), () -> console.log("timeout"));
                Promise.resolve()
                        .then(v -> console.log("something else first"))
                        .then(v -> failed.catchError(error -> console.log("caught: " + error.getMessage())));
                console.log("script done");
            }),
            Map.entry("10-timeout-inside-microtask", (loop, console) -> {
                loop.queueMicrotask(() -> {
                    console.log("microtask");
                    loop.setTimeout(ofMillis(0), () -> console.log("timeout set by the microtask"));
                });
                loop.setTimeout(ofMillis(0), () -> console.log("timeout set by the script"));
                console.log("script done");
            }),
            Map.entry("11-queuemicrotask-vs-then", (loop, console) -> {
                Promise.resolve().then(v -> console.log("then 1"));
                loop.queueMicrotask(() -> console.log("queueMicrotask 1"));
                Promise.resolve().then(v -> console.log("then 2"));
                loop.queueMicrotask(() -> console.log("queueMicrotask 2"));
                console.log("script done");
            }),
            Map.entry("12-await-a-timer", (loop, console) -> {
                loop.async(() -> { // napper()
                    console.log("nap starts");
                    await(loop.sleep(ofMillis(10)));
                    console.log("nap over");
                });
                loop.setTimeout(ofMillis(10), () -> console.log("timeout 10 ms"));
                console.log("script done");
            }),
            Map.entry("13-timeout-one-vs-zero", (loop, console) -> {
                loop.setTimeout(ofMillis(1), () -> console.log("timeout 1 ms"));
                loop.setTimeout(ofMillis(0), () -> console.log("timeout 0 ms"));
                console.log("script done");
            }),
            Map.entry("14-async-return-value", (loop, console) -> {
                loop.async(() -> { // caller()
                    int value = await(loop.async(() -> { // answer()
                        console.log("answer computes");
                        return 42;
                    }));
                    console.log("caller got " + value);
                });
                loop.queueMicrotask(() -> console.log("microtask queued after the call"));
                console.log("script done");
            }),
            Map.entry("15-sleeps-in-a-loop", (loop, console) -> {
                ticker(loop, console, "fast", 200, 3);
                ticker(loop, console, "slow", 250, 2);
                console.log("script done");
            }),
            Map.entry("16-reactions-on-a-pending-promise", (loop, console) -> {
                Promise.WithResolvers<Void> door = Promise.withResolvers();
                door.promise().then(v -> console.log("first"));
                door.promise().then(v -> console.log("second"));
                door.promise().then(v -> console.log("third"));
                loop.setTimeout(ofMillis(0), () -> door.resolve().resolve((Void) null));
                console.log("script done");
            }),
            Map.entry("17-rejection-through-then", (loop, console) -> {
                Promise.reject(new IllegalStateException("no luck"))
                        .then(v -> console.log("never"))
                        .catchError(error -> console.log("caught: " + error.getMessage()));
                Promise.resolve()
                        .then(v -> console.log("tick 1"))
                        .then(v -> console.log("tick 2"))
                        .then(v -> console.log("tick 3"));
                console.log("script done");
            }),
            Map.entry("18-value-through-catch", (loop, console) -> {
                Promise.resolve("ok")
                        .catchError(error -> "never")
                        .then(value -> console.log("then got " + value));
                Promise.resolve()
                        .then(v -> console.log("tick 1"))
                        .then(v -> console.log("tick 2"));
                console.log("script done");
            }),
            Map.entry("19-finally-costs-hops", (loop, console) -> {
                Promise.resolve("value")
                        .finallyDo(() -> console.log("finally runs"))
                        .then(value -> console.log("after finally: " + value));
                Promise.resolve()
                        .then(v -> console.log("tick 1"))
                        .then(v -> console.log("tick 2"))
                        .then(v -> console.log("tick 3"))
                        .then(v -> console.log("tick 4"));
                console.log("script done");
            }),
            Map.entry("20-finally-passes-a-rejection", (loop, console) -> {
                Promise.reject(new IllegalStateException("disk full"))
                        .finallyDo(() -> console.log("cleanup"))
                        .then(v -> console.log("never"))
                        .catchError(error -> console.log("caught after cleanup: " + error.getMessage()));
                console.log("script done");
            }),
            Map.entry("21-then-returns-a-promise", (loop, console) -> {
                Promise.resolve()
                        .thenAdopt(v -> Promise.resolve("inner"))
                        .then(value -> console.log("adopted " + value));
                Promise.resolve()
                        .then(v -> console.log("tick 1"))
                        .then(v -> console.log("tick 2"))
                        .then(v -> console.log("tick 3"))
                        .then(v -> console.log("tick 4"));
                console.log("script done");
            }),
            Map.entry("22-async-returns-a-promise", (loop, console) -> {
                loop.asyncAdopt(() -> Promise.resolve("promise")).then(v -> console.log("wrapped gave " + v));
                loop.async(() -> "value").then(v -> console.log("plain gave " + v));
                Promise.resolve()
                        .then(v -> console.log("tick 1"))
                        .then(v -> console.log("tick 2"))
                        .then(v -> console.log("tick 3"));
                console.log("script done");
            }),
            Map.entry("23-all-settles-one-hop-later", (loop, console) -> {
                Promise<String> a = Promise.resolve("a");
                Promise<String> b = Promise.resolve("b");
                Promise.all(a, b).then(values -> console.log("all: " + String.join(",", values)));
                b.then(v -> console.log("b reaction"));
                Promise.resolve()
                        .then(v -> console.log("tick 1"))
                        .then(v -> console.log("tick 2"));
                console.log("script done");
            }),
            Map.entry("24-all-keeps-input-order", (loop, console) -> {
                Promise.all(arrives(loop, console, 300, "slow"), arrives(loop, console, 100, "fast"), arrives(loop, console, 200, "middle"))
                        .then(values -> console.log("all: " + String.join(",", values)));
                Promise.all(arrives(loop, console, 50, "quick"), Promise.<String>reject(new IllegalStateException("broken")))
                        .catchError(error -> {
                            console.log("all rejected: " + error.getMessage());
                            return null;
                        });
                console.log("script done");
            }),
            Map.entry("25-allsettled-reports-everything", (loop, console) -> {
                Promise.allSettled(later(loop, 20, "late value"), fail(loop, 10, "early failure"), Promise.resolve("now"))
                        .then(outcomes -> {
                            outcomes.forEach(o -> console.log(o.isFulfilled()
                                    ? "fulfilled: " + o.value()
                                    : "rejected: " + o.reason().getMessage()));
                            return null;
                        });
                console.log("script done");
            }),
            Map.entry("26-race-takes-the-first", (loop, console) -> {
                Promise.race(later(loop, 200, "tortoise"), later(loop, 100, "hare")).then(v -> console.log("race won by " + v));
                Promise.race(later(loop, 200, "value"), fail(loop, 100, "timeout"))
                        .catchError(e -> {
                            console.log("race lost: " + e.getMessage());
                            return null;
                        });
                Promise.race(Promise.resolve("settled"), Promise.resolve("plain")).then(v -> console.log("race of settled: " + v));
                console.log("script done");
            }),
            Map.entry("27-any-takes-the-first-value", (loop, console) -> {
                Promise.any(fail(loop, 50, "mirror 1 down"), later(loop, 200, "mirror 2"), later(loop, 300, "mirror 3"))
                        .then(v -> console.log("any: " + v));
                Promise.any(fail(loop, 100, "a"), fail(loop, 150, "b"))
                        .catchError(e -> {
                            List<Throwable> errors = ((AggregateError) e).errors();
                            console.log(e.getMessage() + ": " + String.join(",", errors.stream().map(Throwable::getMessage).toList()));
                            return null;
                        });
                console.log("script done");
            }),
            Map.entry("28-await-settled-vs-pending", (loop, console) -> {
                loop.async(() -> { // pending()
                    console.log("pending: before await");
                    await(loop.sleep(ofMillis(0)));
                    console.log("pending: after await");
                });
                loop.async(() -> { // settled()
                    console.log("settled: before await");
                    await(Promise.resolve());
                    console.log("settled: after await");
                });
                loop.queueMicrotask(() -> console.log("microtask"));
                console.log("script done");
            }),
            Map.entry("29-await-a-thenable", (loop, console) -> {
                Thenable<String> thenable = (resolve, reject) -> {
                    console.log("then called");
                    resolve.accept("from thenable");
                };
                loop.async(() -> console.log("awaited " + await(Promise.resolve(thenable))));
                loop.async(() -> console.log("awaited " + await(Promise.resolve("from promise"))));
                Promise.resolve()
                        .then(v -> console.log("tick 1"))
                        .then(v -> console.log("tick 2"))
                        .then(v -> console.log("tick 3"));
                console.log("script done");
            }),
            Map.entry("30-nested-timers-and-microtasks", (loop, console) -> {
                loop.setTimeout(ofMillis(0), () -> {
                    console.log("timer 1");
                    Promise.resolve().then(v -> {
                        console.log("microtask of timer 1");
                        loop.setTimeout(ofMillis(0), () -> console.log("timer 3, set by that microtask"));
                        loop.queueMicrotask(() -> console.log("microtask of the microtask"));
                        return null;
                    });
                });
                loop.setTimeout(ofMillis(0), () -> {
                    console.log("timer 2");
                    loop.queueMicrotask(() -> console.log("microtask of timer 2"));
                });
                loop.queueMicrotask(() -> console.log("microtask of the script"));
                console.log("script done");
            }),
            Map.entry("31-unhandled-rejection", (loop, console) -> {
                loop.setTimeout(ofMillis(0), () -> console.log("timer, never printed"));
                Promise.reject(new IllegalStateException("nobody listens"));
                Promise.resolve().then(v -> console.log("microtask still runs"));
                console.log("script done");
            }),
            Map.entry("32-executor-runs-at-once", (loop, console) -> {
                Promise<String> p = new Promise<>((resolve, reject) -> {
                    console.log("executor runs");
                    resolve.resolve("first");
                    resolve.resolve("second");
                    reject.reject(new IllegalStateException("too late"));
                    console.log("executor ends");
                });
                p.then(v -> console.log("then got " + v));
                console.log("script done");
            }),
            Map.entry("33-async-functions-interleave", (loop, console) -> {
                worker(loop, console, "A", 3);
                worker(loop, console, "B", 2);
                console.log("script done");
            }),
            Map.entry("34-rejection-thrown-at-await", (loop, console) -> {
                loop.async(() -> { // main()
                    try {
                        await(fetchUser(loop));
                        console.log("never");
                    } catch (IllegalStateException error) {
                        console.log("caught at await: " + error.getMessage());
                    }
                    return "recovered";
                }).then(v -> console.log("main: " + v));
                console.log("script done");
            }));
    // end::puzzles[]

    private Puzzles() {
    }

    /** Every puzzle's name, sorted: the names of the JavaScript files without {@code .js}. */
    public static List<String> names() {
        return PUZZLES.keySet().stream().sorted().toList();
    }

    /**
     * Runs one puzzle on a fresh loop (virtual clock: deadlines are exact): what it printed, and
     * the unhandled rejection that ended it, as Node ends with one.
     */
    public static Outcome run(String name) {
        return run(name, line -> { });
    }

    /** The same, with every printed line also given to {@code alsoTo} as it is printed (a trace's console). */
    public static Outcome run(String name, Consumer<String> alsoTo) {
        Puzzle puzzle = PUZZLES.get(name);
        if (puzzle == null) {
            throw new IllegalArgumentException("no Java version of puzzle " + name + "; there are " + names());
        }
        List<String> printed = new ArrayList<>();
        try {
            PromiseLoop.run(new VirtualClock(), loop -> puzzle.accept(loop, line -> {
                printed.add(line);
                alsoTo.accept(line);
                return null;
            }));
        } catch (UnhandledRejection uncaught) {
            return new Outcome(printed, uncaught);
        }
        return new Outcome(printed, null);
    }

    // tag::helpers[]
    /** {@code async function ticker(name, ms, times) { for (...) { await sleep(ms); log(...) } }}. */
    private static Promise<Void> ticker(PromiseLoop loop, Console console, String name, int ms, int times) {
        return loop.async(() -> {
            for (int i = 1; i <= times; i++) {
                await(loop.sleep(ofMillis(ms)));
                console.log("%s tick %d at %d ms".formatted(name, i, i * ms));
            }
        });
    }

    /** {@code async function worker(name, steps) { for (...) { log(...); await null; } log(done) }}. */
    private static Promise<Void> worker(PromiseLoop loop, Console console, String name, int steps) {
        return loop.async(() -> {
            for (int step = 1; step <= steps; step++) {
                console.log(name + " step " + step);
                await(Promise.resolve());
            }
            console.log(name + " done");
        });
    }

    /** {@code async function fetchUser() { await null; throw new Error('user not found'); }}. */
    private static Promise<Void> fetchUser(PromiseLoop loop) {
        return loop.async(() -> {
            await(Promise.resolve());
            throw new IllegalStateException("user not found");
        });
    }
    // end::helpers[]

    /** {@code new Promise(resolve => setTimeout(() => { log(`${value} arrives`); resolve(value); }, ms))}. */
    private static Promise<String> arrives(PromiseLoop loop, Console console, int ms, String value) {
        return new Promise<>((resolve, reject) -> loop.setTimeout(ofMillis(ms), () -> {
            console.log(value + " arrives");
            resolve.resolve(value);
        }));
    }

    /** {@code new Promise(resolve => setTimeout(() => resolve(value), ms))}. */
    private static Promise<String> later(PromiseLoop loop, int ms, String value) {
        return new Promise<>((resolve, reject) -> loop.setTimeout(ofMillis(ms), () -> resolve.resolve(value)));
    }

    /** {@code new Promise((_, reject) => setTimeout(() => reject(new Error(message)), ms))}. */
    private static Promise<String> fail(PromiseLoop loop, int ms, String message) {
        return new Promise<>((resolve, reject) -> loop.setTimeout(ofMillis(ms),
                () -> reject.reject(new IllegalStateException(message))));
    }
}
