package workbook.book;

import static workbook.book.BookRun.Check.all;
import static workbook.book.BookRun.Check.printedInOrder;
import static workbook.book.BookRun.Check.tookBetween;
import static workbook.book.BookRuns.seconds;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import workbook.kit.Clock;
import workbook.eventloop.SayHello;
import workbook.eventloop.SimulTrace;
import workbook.kit.VirtualClock;
import workbook.eventloop.coroutine.TalkWithAwait;
import workbook.eventloop.coroutine.ThreeWays;
import workbook.eventloop.promise.PromiseVersusFuture;
import workbook.kit.Greeting;
import workbook.kit.SimulRules;
import workbook.kit.Timeline;

/** Lesson 04's steps 4 and 5: the promise beside a future, and the talk's programs with async/await. */
final class Lesson04AwaitRuns {

    private Lesson04AwaitRuns() {
    }

    static List<BookRun> runs() {
        return List.of(
                BookRun.waiting("lesson-04-promise-vs-future",
                        "promise reactions run later, in registration order; a future's dependents run inside complete(), last first",
                        printedInOrder("^script done", "^tick 1", "^caught, one hop later", "^tick 2",
                                "^promise reaction 1", "^promise reaction 2", "^promise reaction 3",
                                "^future dependent 3", "^future dependent 2", "^future dependent 1"),
                        (out, timeline) -> PromiseVersusFuture.run(out)),
                BookRun.waiting("lesson-04-future-rules",
                        "a future runs its dependents inside the call that completes it or registers them, skips "
                                + "stages on a failure at once, completes allOf inside the last input's completion, "
                                + "and drops a failure nobody looks at without a word",
                        printedInOrder("^allOf dependent", "^the last input's complete\\(\\) returned",
                                "^exceptionally: no luck", "^completeExceptionally\\(\\) returned",
                                "^thenApply on a done future ran", "^thenApply\\(\\) returned",
                                "^a failed future nobody looks at: nothing printed, the program goes on"),
                        (out, timeline) -> futureRules(out)),
                BookRun.waiting("lesson-04-await-say-hello",
                        "say_hello with async/await: Hello, Hello, Pythonistas at once, the rest after the 4 s wait",
                        all(tookBetween(seconds(3.9), seconds(4.8)),
                                printedInOrder("^Hello", "^Hello", "^Pythonistas", "^Thanks for waiting", "^World")),
                        (out, timeline) -> TalkWithAwait.sayHello(Clock.system(), SayHello.TALK_WAIT, out)),
                BookRun.waiting("lesson-04-await-greetings",
                        "the three greetings as coroutines gathered with Promise.all: 3 s on one thread",
                        all(tookBetween(seconds(2.9), seconds(3.6)),
                                printedInOrder("^Started at", "Luciano", "Sebastián", "Guido", "^Finished at")),
                        (out, timeline) -> TalkWithAwait.greetings(Clock.system(), Greeting.TALK, out)),
                BookRun.simulated("lesson-04-await-simul", "the asynchronous simul with async/await: 1 h",
                        BookRun.Check.tookExactly(Duration.ofHours(1)),
                        out -> {
                            SimulTrace trace = new SimulTrace();
                            Duration took = TalkWithAwait.simul(new VirtualClock(), SimulRules.TALK, trace);
                            out.accept("24 boards, 30 move pairs each, every board an async function");
                            out.accept("round 1 on board 1 took " + SimulTrace.clock(trace.round(1)));
                            out.accept("the master's last move ends at " + SimulTrace.clock(took));
                            return new BookRun.Outcome(took, Timeline.startingNow());
                        }),
                BookRun.waiting("lesson-04-three-ways",
                        "the greetings three ways, 3 s each: coroutines on one thread, virtual threads on carriers "
                                + "that are free while they sleep, callbacks on the common pool",
                        all(tookBetween(seconds(8.8), seconds(10.5)),
                                printedInOrder("^Coroutines", "Luciano.*on ", "Guido.*on ", "^Virtual threads",
                                        "virtual threads slept at once", "^The CompletableFuture chain", "Guido.*on ")),
                        (out, timeline) -> {
                            out.accept("Coroutines on the loop (async/await):");
                            show(out, ThreeWays.coroutines(Greeting.TALK, line -> out.accept("  " + line)));
                            out.accept("Virtual threads (Thread.sleep):");
                            show(out, ThreeWays.virtualThreads(Greeting.TALK, line -> out.accept("  " + line)));
                            out.accept("The CompletableFuture chain (delayedExecutor):");
                            show(out, ThreeWays.futures(Greeting.TALK, line -> out.accept("  " + line)));
                        }));
    }

    /** What a CompletableFuture does where a promise would queue a microtask (the first list of step 4). */
    private static void futureRules(java.util.function.Consumer<String> out) {
        CompletableFuture<String> first = new CompletableFuture<>();
        CompletableFuture<String> last = new CompletableFuture<>();
        CompletableFuture.allOf(first, last).thenRun(() -> out.accept("allOf dependent"));
        first.complete("first");
        last.complete("last");
        out.accept("the last input's complete() returned");
        CompletableFuture<String> failing = new CompletableFuture<>();
        failing.thenApply(value -> {
            out.accept("never");
            return value;
        }).exceptionally(error -> {
            out.accept("exceptionally: " + error.getCause().getMessage());
            return "recovered";
        });
        failing.completeExceptionally(new IllegalStateException("no luck"));
        out.accept("completeExceptionally() returned");
        CompletableFuture.completedFuture("done").thenApply(value -> {
            out.accept("thenApply on a done future ran");
            return value;
        });
        out.accept("thenApply() returned");
        CompletableFuture<Void> dropped = CompletableFuture.runAsync(() -> {
            throw new IllegalStateException("dropped");
        });
        dropped.exceptionally(error -> null).join(); // only to know it has failed; the failure itself prints nothing
        out.accept("a failed future nobody looks at: nothing printed, the program goes on");
    }

    private static void show(java.util.function.Consumer<String> out, Timeline timeline) {
        timeline.toString().lines().forEach(line -> out.accept("  " + line));
        out.accept("  total " + Timeline.seconds(timeline.total()));
    }
}
