package workbook.polyglot;

import static java.time.Duration.ofMillis;
import static workbook.eventloop.asyncio.Asyncio.await;
import static workbook.eventloop.asyncio.Asyncio.coroutine;
import static workbook.eventloop.asyncio.Asyncio.createTask;
import static workbook.eventloop.asyncio.Asyncio.gather;
import static workbook.eventloop.asyncio.Asyncio.getRunningLoop;
import static workbook.eventloop.asyncio.Asyncio.sleep;
import static workbook.eventloop.asyncio.Asyncio.taskGroup;
import static workbook.eventloop.asyncio.Asyncio.waitFor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import workbook.eventloop.asyncio.AsyncioLoop;
import workbook.eventloop.asyncio.CancelledError;
import workbook.eventloop.asyncio.Coroutine;
import workbook.eventloop.asyncio.ExceptionGroup;
import workbook.eventloop.asyncio.Future;
import workbook.eventloop.asyncio.Task;
import workbook.eventloop.asyncio.TimeoutError;
import workbook.kit.VirtualClock;

/**
 * asyncio ordering puzzles: each is written once in Python ({@code src/talk/asyncio-puzzles/NAME.py})
 * and once here, on lesson 04's loop under asyncio's rules ({@link AsyncioLoop}). CPython and the
 * loop must print the same lines in the same order, and report the same things lost.
 *
 * <p>The translation is line for line: {@code async def f()} is a method returning
 * {@code coroutine("f", () -> ...)}, {@code await x} is {@code await(x)}, and {@code create_task},
 * {@code sleep}, {@code gather}, {@code wait_for}, {@code TaskGroup}, {@code call_soon},
 * {@code call_later} keep their names. Python's {@code ValueError} is Java's
 * {@link IllegalArgumentException}, {@code OSError} an {@link java.io.UncheckedIOException}.
 */
public final class AsyncioPuzzles {

    /** Python's {@code print}. */
    @FunctionalInterface
    public interface Print {
        void line(String line);
    }

    /** A puzzle: the body of its {@code async def main()}. */
    @FunctionalInterface
    interface Puzzle {
        void main(Print print) throws Exception;
    }

    /** What a puzzle printed, what the loop reported at its end (stderr in Python), and the error main raised, if any. */
    public record Outcome(List<String> printed, List<String> reported, Throwable raised) {
    }

    // tag::puzzles[]
    private static final Map<String, Puzzle> PUZZLES = new TreeMap<>(Map.ofEntries(
            Map.entry("01-create-task-starts-next-turn", print -> {
                createTask(stepper(print, "a"));
                createTask(stepper(print, "b"));
                print.line("main created both");
                await(sleep(Duration.ZERO));
                print.line("main after one turn");
                await(sleep(Duration.ZERO));
                print.line("main after two turns");
            }),
            Map.entry("02-call-soon-fifo", print -> {
                AsyncioLoop loop = getRunningLoop();
                for (String name : List.of("first", "second", "third")) {
                    loop.callSoon(() -> print.line("call_soon " + name));
                }
                print.line("main yields");
                await(sleep(Duration.ZERO));
                print.line("main after one turn");
            }),
            Map.entry("03-done-callback-vs-queued-handle", print -> {
                AsyncioLoop loop = getRunningLoop();
                Future<Integer> future = loop.createFuture();
                future.addDoneCallback(done -> print.line("done callback"));
                loop.callSoon(() -> print.line("handle queued before set_result"));
                future.setResult(1);
                loop.callSoon(() -> print.line("handle queued after set_result"));
                print.line("main yields");
                await(sleep(Duration.ZERO));
                print.line("main after one turn");
            }),
            Map.entry("04-await-a-done-future", print -> {
                AsyncioLoop loop = getRunningLoop();
                createTask(other(print));
                Future<String> future = loop.createFuture();
                future.setResult("ready");
                print.line("before await");
                String value = await(future);
                print.line("after await: " + value);
                await(sleep(Duration.ZERO));
                print.line("after sleep(0)");
            }),
            Map.entry("05-await-a-coroutine-that-never-blocks", print -> {
                createTask(other(print));
                int total = await(add(print, 1, 2));
                print.line("total " + total + ", and the other task has not run");
                await(sleep(Duration.ZERO));
                print.line("after sleep(0)");
            }),
            Map.entry("06-sleep-zero-takes-turns", print -> {
                Task<Void> a = createTask(ticker(print, "a", 3));
                Task<Void> b = createTask(ticker(print, "b", 2));
                await(a);
                await(b);
                print.line("both done");
            }),
            Map.entry("07-gather-keeps-input-order", print -> {
                List<Object> results = await(gather(arrives(print, 30, "slow"), arrives(print, 10, "fast"),
                        arrives(print, 20, "middle")));
                print.line("gathered: " + results.stream().map(String::valueOf).collect(Collectors.joining(", ")));
            }),
            Map.entry("08-gather-return-exceptions", print -> {
                List<Object> results = await(gather(true, after(20, "a"), fail(10, "b failed"), after(30, "c")));
                for (Object result : results) {
                    print.line(result instanceof Exception error ? "error: " + error.getMessage() : "value: " + result);
                }
            }),
            Map.entry("09-gather-fails-fast", print -> {
                try {
                    await(gather(arrivesAnyway(print, 200, "slow"), fail(10, "boom"))); // far apart: CPython runs on the wall clock
                } catch (IllegalArgumentException error) {
                    print.line("gather raised: " + error.getMessage());
                }
                await(sleep(ofMillis(300)));
                print.line("main ends");
            }),
            Map.entry("10-cancel-inside-try-finally", print -> {
                Task<Void> task = createTask(coroutine("worker", () -> {
                    try {
                        print.line("worker sleeps");
                        await(sleep(Duration.ofSeconds(1)));
                        print.line("worker woke up");
                    } catch (CancelledError cancelled) {
                        print.line("worker: CancelledError at the await");
                        throw cancelled;
                    } finally {
                        print.line("worker: finally runs");
                    }
                }));
                await(sleep(ofMillis(10)));
                print.line("main cancels");
                task.cancel();
                print.line("cancel() returned; nothing has run yet");
                try {
                    await(task);
                } catch (CancelledError cancelled) {
                    print.line("main: the task is " + (task.cancelled() ? "cancelled" : "not cancelled"));
                }
            }),
            Map.entry("11-cancel-before-the-first-step", print -> {
                Task<Void> task = createTask(coroutine("worker", () -> {
                    print.line("worker body runs");
                }));
                task.cancel();
                try {
                    await(task);
                } catch (CancelledError cancelled) {
                    print.line("cancelled before its first step: the body never ran");
                }
            }),
            Map.entry("12-taskgroup-cancels-siblings", print -> {
                try {
                    taskGroup(tg -> {
                        tg.createTask(slow(print, "sibling"));
                        tg.createTask(coroutine("fails_soon", () -> {
                            await(sleep(ofMillis(10)));
                            throw new IllegalArgumentException("first failure");
                        }));
                        print.line("body waits");
                        await(sleep(Duration.ofSeconds(1)));
                        print.line("body finished");
                    });
                } catch (ExceptionGroup group) {
                    print.line(describe(group));
                }
                print.line("main goes on");
            }),
            Map.entry("13-taskgroup-errors-together", print -> {
                try {
                    taskGroup(tg -> {
                        tg.createTask(failNow(print, "a failed"));
                        tg.createTask(failNow(print, "b failed"));
                        print.line("body ends");
                    });
                } catch (ExceptionGroup group) {
                    print.line(describe(group));
                }
            }),
            Map.entry("14-wait-for-times-out", print -> {
                try {
                    await(waitFor(coroutine("slow", () -> {
                        try {
                            await(sleep(Duration.ofSeconds(1)));
                            print.line("slow finished");
                        } catch (CancelledError cancelled) {
                            print.line("slow cancelled by wait_for");
                            throw cancelled;
                        }
                    }), ofMillis(50)));
                } catch (TimeoutError timedOut) {
                    print.line("wait_for raised TimeoutError");
                }
                print.line(await(waitFor(after(10, "quick"), Duration.ofSeconds(1))) + " came in time");
            }),
            Map.entry("15-timer-zero-after-ready-handles", print -> {
                AsyncioLoop loop = getRunningLoop();
                loop.callLater(Duration.ZERO, () -> print.line("call_later 0"));
                loop.callSoon(() -> print.line("call_soon"));
                print.line("main yields");
                await(sleep(Duration.ZERO));
                print.line("main after one turn");
                await(sleep(Duration.ZERO));
                print.line("main after two turns");
            }),
            Map.entry("16-await-a-finished-task", print -> {
                Task<String> task = createTask(coroutine("quick", () -> "quick result"));
                await(sleep(Duration.ZERO));
                createTask(other(print));
                print.line("awaiting a finished task: " + await(task));
                await(sleep(Duration.ZERO));
                print.line("after sleep(0)");
            }),
            Map.entry("17-never-awaited-coroutine", print -> {
                coroutine("send_mail", () -> {
                    print.line("mail sent");
                });
                print.line("main ends, no mail sent");
            }),
            Map.entry("18-task-exception-never-retrieved", print -> {
                createTask(coroutine("send_mail", () -> {
                    print.line("sending the mail");
                    throw new java.io.UncheckedIOException(new java.io.IOException("mail server down"));
                }));
                await(sleep(ofMillis(10)));
                print.line("main ends normally");
            }),
            Map.entry("19-tasks-left-at-the-end-are-cancelled", print -> {
                createTask(coroutine("background", () -> {
                    try {
                        print.line("background sleeps");
                        await(sleep(Duration.ofSeconds(10)));
                        print.line("background woke up");
                    } finally {
                        print.line("background: finally, at the end of asyncio.run");
                    }
                }));
                await(sleep(ofMillis(10)));
                print.line("main returns");
            })));
    // end::puzzles[]

    private AsyncioPuzzles() {
    }

    /** The puzzles' names, in order. */
    public static List<String> names() {
        return List.copyOf(PUZZLES.keySet());
    }

    /** Runs one puzzle on the asyncio rulebook, on a virtual clock. */
    public static Outcome run(String name) {
        return run(name, line -> { });
    }

    /** The same, with every printed line also given to {@code alsoTo} as it is printed (a trace's console). */
    public static Outcome run(String name, Consumer<String> alsoTo) {
        Puzzle puzzle = PUZZLES.get(name);
        if (puzzle == null) {
            throw new IllegalArgumentException("no Java version of asyncio puzzle " + name + "; there are " + names());
        }
        List<String> printed = new ArrayList<>();
        List<String> reported = new ArrayList<>();
        try {
            AsyncioLoop.run(new VirtualClock(), reported::add, () -> {
                puzzle.main(line -> {
                    printed.add(line);
                    alsoTo.accept(line);
                });
                return null;
            });
        } catch (RuntimeException | Error raised) {
            return new Outcome(printed, reported, raised);
        }
        return new Outcome(printed, reported, null);
    }

    // tag::helpers[]
    /** {@code async def worker(name): print(starts); await sleep(0); print(ends)}. */
    private static Coroutine<Void> stepper(Print print, String name) {
        return coroutine("worker", () -> {
            print.line(name + " starts");
            await(sleep(Duration.ZERO));
            print.line(name + " ends");
        });
    }

    /** {@code async def other(): print("other task runs")}. */
    private static Coroutine<Void> other(Print print) {
        return coroutine("other", () -> {
            print.line("other task runs");
        });
    }

    /** {@code async def add(a, b): print("add runs"); return a + b}. */
    private static Coroutine<Integer> add(Print print, int a, int b) {
        return coroutine("add", () -> {
            print.line("add runs");
            return a + b;
        });
    }

    /** {@code async def ticker(name, steps)}: a step, then {@code sleep(0)}, {@code steps} times. */
    private static Coroutine<Void> ticker(Print print, String name, int steps) {
        return coroutine("ticker", () -> {
            for (int step = 1; step <= steps; step++) {
                print.line(name + " step " + step);
                await(sleep(Duration.ZERO));
            }
            print.line(name + " done");
        });
    }

    /** {@code async def after(ms, value): await sleep(ms / 1000); print(f"{value} arrives"); return value}. */
    private static Coroutine<String> arrives(Print print, int ms, String value) {
        return coroutine("after", () -> {
            await(sleep(ofMillis(ms)));
            print.line(value + " arrives");
            return value;
        });
    }

    private static Coroutine<String> arrivesAnyway(Print print, int ms, String value) {
        return coroutine("after", () -> {
            await(sleep(ofMillis(ms)));
            print.line(value + " arrives anyway");
            return value;
        });
    }

    /** {@code async def after(ms, value): await sleep(ms / 1000); return value}. */
    private static Coroutine<String> after(int ms, String value) {
        return coroutine("after", () -> {
            await(sleep(ofMillis(ms)));
            return value;
        });
    }

    /** {@code async def fail(ms, message): await sleep(ms / 1000); raise ValueError(message)}. */
    private static Coroutine<String> fail(int ms, String message) {
        return coroutine("fail", () -> {
            await(sleep(ofMillis(ms)));
            throw new IllegalArgumentException(message);
        });
    }

    private static Coroutine<Void> failNow(Print print, String message) {
        return coroutine("fail_now", () -> {
            print.line(message + " raising");
            throw new IllegalArgumentException(message);
        });
    }

    /** {@code async def slow(name)}: sleeps 1 s, says so if it is cancelled. */
    private static Coroutine<Void> slow(Print print, String name) {
        return coroutine("slow", () -> {
            try {
                await(sleep(Duration.ofSeconds(1)));
                print.line(name + " finished");
            } catch (CancelledError cancelled) {
                print.line(name + " cancelled");
                throw cancelled;
            }
        });
    }
    // end::helpers[]

    /** {@code f"{group}: " + ", ".join(str(e) for e in group.exceptions)}. */
    private static String describe(ExceptionGroup group) {
        return group.getMessage() + ": " + group.exceptions().stream().map(Throwable::getMessage)
                .collect(Collectors.joining(", "));
    }
}
