package workbook.eventloop.asyncio;

import static java.time.Duration.ofMillis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import workbook.eventloop.coroutine.AsyncFunction;
import workbook.eventloop.promise.Promise;
import workbook.eventloop.promise.PromiseLoop;
import workbook.kit.VirtualClock;

/**
 * The same program, two runtimes: each is written in JavaScript and in Python
 * ({@code polyglot/src/talk/two-runtimes/NAME.js} and {@code NAME.py}) and prints a different order
 * on Node and on CPython. Here each is written twice on lesson 04's loop, once under each rulebook;
 * the JavaScript rules print Node's lines, asyncio's print CPython's.
 */
public final class TwoRulebooks {

    /** One program in both rulebooks, and the rule that makes them differ. */
    record Program(String rule, BiConsumer<PromiseLoop, List<String>> javascript, AsyncioMain asyncio) {
    }

    /** The body of the Python program's {@code async def main()}. */
    @FunctionalInterface
    interface AsyncioMain {
        void run(List<String> out) throws Exception;
    }

    /** What each rulebook printed, and what the asyncio loop reported at its end. */
    public record Runs(List<String> javascript, List<String> asyncio, List<String> asyncioReports) {
    }

    // tag::programs[]
    private static final Map<String, Program> PROGRAMS = new TreeMap<>(Map.of(
            "1-start-order", new Program("an async function starts at once in JavaScript; create_task starts it at "
                    + "the next turn",
                    (loop, out) -> jsAsync(() -> {
                        jsGreet(loop, out, "a");
                        jsGreet(loop, out, "b");
                        out.add("main goes on");
                    }),
                    out -> {
                        Task<Void> a = Asyncio.createTask(pyGreet(out, "a"));
                        Task<Void> b = Asyncio.createTask(pyGreet(out, "b"));
                        out.add("main goes on");
                        Asyncio.await(a);
                        Asyncio.await(b);
                    }),
            "2-await-a-settled-value", new Program("await always suspends in JavaScript; awaiting a done future does "
                    + "not in asyncio",
                    (loop, out) -> jsAsync(() -> {
                        Promise<String> ready = Promise.resolve("ready");
                        Promise.resolve().then(v -> out.add("another callback"));
                        out.add("before await");
                        out.add("after await: " + workbook.eventloop.coroutine.Coroutine.await(ready));
                    }),
                    out -> {
                        AsyncioLoop loop = Asyncio.getRunningLoop();
                        Future<String> ready = loop.createFuture();
                        ready.setResult("ready");
                        loop.callSoon(() -> out.add("another callback"));
                        out.add("before await");
                        out.add("after await: " + Asyncio.await(ready));
                    }),
            "3-timer-between-hops", new Program("microtasks drain before any timer in JavaScript; asyncio has one FIFO "
                    + "ready queue, where a due timer takes its turn",
                    (loop, out) -> jsAsync(() -> {
                        loop.setTimeout(Duration.ZERO, () -> out.add("timer 0"));
                        Promise<Void> task = jsAsync(() -> {
                            for (int i = 1; i <= 3; i++) {
                                workbook.eventloop.coroutine.Coroutine.await(Promise.resolve());
                                out.add("hop " + i);
                            }
                        });
                        out.add("main done");
                        workbook.eventloop.coroutine.Coroutine.await(task);
                    }),
                    out -> {
                        Asyncio.getRunningLoop().callLater(Duration.ZERO, () -> out.add("timer 0"));
                        Task<Void> task = Asyncio.createTask(Asyncio.coroutine("hops", () -> {
                            for (int i = 1; i <= 3; i++) {
                                Asyncio.await(Asyncio.sleep(Duration.ZERO));
                                out.add("hop " + i);
                            }
                        }));
                        out.add("main done");
                        Asyncio.await(task);
                    }),
            "4-never-awaited", new Program("an async function called without await still runs in JavaScript; a "
                    + "coroutine object never awaited does nothing, and Python warns",
                    (loop, out) -> jsAsync(() -> {
                        jsAsync(() -> {
                            out.add("mail sent");
                        });
                        out.add("main ends");
                    }),
                    out -> {
                        Asyncio.coroutine("send_mail", () -> {
                            out.add("mail sent");
                        });
                        out.add("main ends");
                    }),
            "5-left-running-at-the-end", new Program("Node runs until no timer is left; asyncio.run ends with main and "
                    + "cancels the tasks still pending",
                    (loop, out) -> jsAsync(() -> {
                        jsAsync(() -> {
                            try {
                                out.add("background sleeps");
                                workbook.eventloop.coroutine.Coroutine.await(loop.sleep(ofMillis(500)));
                                out.add("background woke up");
                            } finally {
                                out.add("background: finally");
                            }
                        });
                        workbook.eventloop.coroutine.Coroutine.await(loop.sleep(ofMillis(10)));
                        out.add("main returns");
                    }),
                    out -> {
                        Asyncio.createTask(Asyncio.coroutine("background", () -> {
                            try {
                                out.add("background sleeps");
                                Asyncio.await(Asyncio.sleep(ofMillis(500)));
                                out.add("background woke up");
                            } finally {
                                out.add("background: finally");
                            }
                        }));
                        Asyncio.await(Asyncio.sleep(ofMillis(10)));
                        out.add("main returns");
                    })));
    // end::programs[]

    private TwoRulebooks() {
    }

    public static List<String> names() {
        return List.copyOf(PROGRAMS.keySet());
    }

    /** The rule that makes the two runtimes print differently. */
    public static String rule(String name) {
        return program(name).rule();
    }

    /** Runs the program under both rulebooks, on a virtual clock: the rulebook is chosen when the loop starts. */
    public static Runs run(String name) {
        Program program = program(name);
        List<String> javascript = new ArrayList<>();
        PromiseLoop.run(new VirtualClock(), loop -> program.javascript().accept(loop, javascript));
        List<String> asyncio = new ArrayList<>();
        List<String> reports = new ArrayList<>();
        AsyncioLoop.run(new VirtualClock(), reports::add, () -> {
            program.asyncio().run(asyncio);
            return null;
        });
        return new Runs(javascript, asyncio, reports);
    }

    private static Program program(String name) {
        Program program = PROGRAMS.get(name);
        if (program == null) {
            throw new IllegalArgumentException("no program " + name + "; there are " + names());
        }
        return program;
    }

    private static Promise<Void> jsAsync(AsyncFunction body) {
        return workbook.eventloop.coroutine.Coroutine.async(body);
    }

    /** {@code async function greet(name) { log(starts); await null; log(resumes); }}. */
    private static Promise<Void> jsGreet(PromiseLoop loop, List<String> out, String name) {
        return jsAsync(() -> {
            out.add(name + " starts");
            workbook.eventloop.coroutine.Coroutine.await(Promise.resolve());
            out.add(name + " resumes");
        });
    }

    /** {@code async def greet(name): print(starts); await asyncio.sleep(0); print(resumes)}. */
    private static Coroutine<Void> pyGreet(List<String> out, String name) {
        return Asyncio.coroutine("greet", () -> {
            out.add(name + " starts");
            Asyncio.await(Asyncio.sleep(Duration.ZERO));
            out.add(name + " resumes");
        });
    }
}
