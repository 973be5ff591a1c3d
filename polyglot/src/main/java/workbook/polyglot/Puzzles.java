package workbook.polyglot;

import static java.time.Duration.ofMillis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import workbook.eventloop.EventLoop;
import workbook.kit.VirtualClock;

/**
 * Event-loop puzzles: each is written once in JavaScript ({@code src/talk/puzzles/NAME.js}) and once
 * here, on lesson 04's {@link EventLoop}. Node and the hand-built loop must print the same lines in
 * the same order.
 *
 * <p>The translation is mechanical: {@code setTimeout} is {@link EventLoop#setTimeout},
 * {@code queueMicrotask} is {@link EventLoop#queueMicrotask}, {@code promise.then(f)} is
 * {@code future.thenRunAsync(f, loop.microtasks())}, and an {@code await} is the rest of the
 * function chained the same way.
 */
public final class Puzzles {

    /** A puzzle: what the script does on the loop, printing to the consumer. */
    @FunctionalInterface
    interface Puzzle extends BiConsumer<EventLoop, Consumer<String>> {
    }

    // tag::puzzles[]
    private static final Map<String, Puzzle> PUZZLES = Map.ofEntries(
            Map.entry("01-timers-by-deadline", (loop, log) -> {
                loop.setTimeout(ofMillis(30), () -> log.accept("30 ms"));
                loop.setTimeout(ofMillis(10), () -> log.accept("10 ms"));
                loop.setTimeout(ofMillis(20), () -> log.accept("20 ms"));
                log.accept("script done");
            }),
            Map.entry("02-equal-deadlines", (loop, log) -> {
                for (String name : List.of("first", "second", "third")) {
                    loop.setTimeout(ofMillis(10), () -> log.accept(name));
                }
                log.accept("script done");
            }),
            Map.entry("03-timeout-zero-vs-promise", (loop, log) -> {
                loop.setTimeout(ofMillis(0), () -> log.accept("timeout 0"));
                resolved().thenRunAsync(() -> log.accept("then"), loop.microtasks());
                loop.queueMicrotask(() -> log.accept("microtask"));
                log.accept("script done");
            }),
            Map.entry("04-microtask-queues-microtask", (loop, log) -> {
                loop.setTimeout(ofMillis(0), () -> log.accept("timeout"));
                loop.queueMicrotask(() -> {
                    log.accept("microtask 1");
                    loop.queueMicrotask(() -> {
                        log.accept("microtask 2, queued by 1");
                        loop.queueMicrotask(() -> log.accept("microtask 3, queued by 2"));
                    });
                });
                log.accept("script done");
            }),
            Map.entry("05-microtask-from-timer", (loop, log) -> {
                loop.setTimeout(ofMillis(5), () -> {
                    log.accept("timeout 1");
                    resolved().thenRunAsync(() -> log.accept("then, queued by timeout 1"), loop.microtasks());
                });
                loop.setTimeout(ofMillis(5), () -> log.accept("timeout 2"));
                log.accept("script done");
            }),
            Map.entry("06-timer-set-by-timer", (loop, log) -> {
                loop.setTimeout(ofMillis(0), () -> {
                    log.accept("timeout A");
                    loop.setTimeout(ofMillis(0), () -> log.accept("timeout C, set by A"));
                });
                loop.setTimeout(ofMillis(0), () -> log.accept("timeout B"));
                log.accept("script done");
            }),
            Map.entry("07-await-chain", (loop, log) -> {
                for (String name : List.of("a", "b")) {
                    log.accept(name + " step 1"); // an async function runs up to its first await at once
                    resolved().thenRunAsync(() -> log.accept(name + " step 2"), loop.microtasks())
                            .thenRunAsync(() -> log.accept(name + " step 3"), loop.microtasks());
                }
                log.accept("script done");
            }),
            Map.entry("08-then-chains-interleave", (loop, log) -> {
                Executor then = loop.microtasks();
                resolved().thenRunAsync(() -> log.accept("x1"), then)
                        .thenRunAsync(() -> log.accept("x2"), then)
                        .thenRunAsync(() -> log.accept("x3"), then);
                resolved().thenRunAsync(() -> log.accept("y1"), then)
                        .thenRunAsync(() -> log.accept("y2"), then);
                log.accept("script done");
            }),
            Map.entry("09-rejection-caught-later", (loop, log) -> {
                CompletableFuture<Void> failed = CompletableFuture.failedFuture(new IllegalStateException("mail server down"));
                loop.setTimeout(ofMillis(0), () -> log.accept("timeout"));
                resolved().thenRunAsync(() -> log.accept("something else first"), loop.microtasks())
                        .thenRunAsync(() -> failed.exceptionallyAsync(error -> {
                            log.accept("caught: " + error.getMessage());
                            return null;
                        }, loop.microtasks()), loop.microtasks());
                log.accept("script done");
            }),
            Map.entry("10-timeout-inside-microtask", (loop, log) -> {
                loop.queueMicrotask(() -> {
                    log.accept("microtask");
                    loop.setTimeout(ofMillis(0), () -> log.accept("timeout set by the microtask"));
                });
                loop.setTimeout(ofMillis(0), () -> log.accept("timeout set by the script"));
                log.accept("script done");
            }),
            Map.entry("11-queuemicrotask-vs-then", (loop, log) -> {
                resolved().thenRunAsync(() -> log.accept("then 1"), loop.microtasks());
                loop.queueMicrotask(() -> log.accept("queueMicrotask 1"));
                resolved().thenRunAsync(() -> log.accept("then 2"), loop.microtasks());
                loop.queueMicrotask(() -> log.accept("queueMicrotask 2"));
                log.accept("script done");
            }),
            Map.entry("12-await-a-timer", (loop, log) -> {
                log.accept("nap starts");
                loop.sleep(ofMillis(10)).thenRunAsync(() -> log.accept("nap over"), loop.microtasks());
                loop.setTimeout(ofMillis(10), () -> log.accept("timeout 10 ms"));
                log.accept("script done");
            }),
            Map.entry("13-timeout-one-vs-zero", (loop, log) -> {
                loop.setTimeout(ofMillis(1), () -> log.accept("timeout 1 ms"));
                loop.setTimeout(ofMillis(0), () -> log.accept("timeout 0 ms"));
                log.accept("script done");
            }),
            Map.entry("14-async-return-value", (loop, log) -> {
                // async function answer(): its body runs at once, and its promise is already resolved
                log.accept("answer computes");
                CompletableFuture<Integer> answer = CompletableFuture.completedFuture(42);
                answer.thenAcceptAsync(value -> log.accept("caller got " + value), loop.microtasks());
                loop.queueMicrotask(() -> log.accept("microtask queued after the call"));
                log.accept("script done");
            }),
            Map.entry("15-sleeps-in-a-loop", (loop, log) -> {
                ticker(loop, log, "fast", 20, 3, 1);
                ticker(loop, log, "slow", 25, 2, 1);
                log.accept("script done");
            }));
    // end::puzzles[]

    private Puzzles() {
    }

    /** Every puzzle's name, sorted: the names of the JavaScript files without {@code .js}. */
    public static List<String> names() {
        return PUZZLES.keySet().stream().sorted().toList();
    }

    /** Runs one puzzle on a fresh loop (virtual clock: deadlines are exact) and returns what it printed. */
    public static List<String> run(String name) {
        Puzzle puzzle = PUZZLES.get(name);
        if (puzzle == null) {
            throw new IllegalArgumentException("no Java version of puzzle " + name + "; there are " + names());
        }
        List<String> printed = new ArrayList<>();
        EventLoop.run(new VirtualClock(), loop -> puzzle.accept(loop, printed::add));
        return printed;
    }

    /** JavaScript's {@code Promise.resolve()}. */
    private static CompletableFuture<Void> resolved() {
        return CompletableFuture.completedFuture(null);
    }

    /** {@code for (i = from..times) { await sleep(ms); log(...) }}: each await chains the next round. */
    private static void ticker(EventLoop loop, Consumer<String> log, String name, int ms, int times, int round) {
        if (round > times) {
            return;
        }
        loop.sleep(ofMillis(ms)).thenRunAsync(() -> {
            log.accept("%s tick %d at %d ms".formatted(name, round, round * ms));
            ticker(loop, log, name, ms, times, round + 1);
        }, loop.microtasks());
    }
}
