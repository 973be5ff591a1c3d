package workbook.eventloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import workbook.eventloop.trace.PrintedLines;
import workbook.eventloop.trace.Trace;
import workbook.kit.Goal;
import workbook.kit.Timing;
import workbook.kit.VirtualClock;

/** Step 3: microtasks, and async functions as chains of futures continued on the loop thread. */
@Execution(ExecutionMode.CONCURRENT) // each test runs a loop of its own, mostly on a virtual clock
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the first failure is the one that names the mistake
class MicrotaskTest {

    @Test
    @Order(1)
    void aMicrotaskWaitsForTheCallbackThatQueuedItToEnd() {
        List<String> printed = new ArrayList<>();

        EventLoop.run(new VirtualClock(), loop -> {
            loop.setTimeout(Duration.ZERO, () -> {
                printed.add("timeout starts");
                loop.queueMicrotask(() -> printed.add("microtask"));
                printed.add("timeout ends");
            });
            loop.queueMicrotask(() -> printed.add("microtask queued by main"));
            printed.add("main ends");
        });

        assertThat(printed)
                .as(printed.indexOf("microtask queued by main") > printed.indexOf("timeout starts")
                        ? "main queued a microtask and set a 0 ms timer before it, and printed %s: the microtask ran only "
                        + "after a timer set before it. A microtask runs as soon as the callback that queued it ends, "
                        + "before any timer or task (it is not a setTimeout(f, 0)). Look at EventLoop.queueMicrotask"
                        : "a microtask queued in the middle of a callback printed %s, expected it after the callback's end: "
                        + "a callback always runs to its end, nothing cuts in, not even a microtask (JavaScript's "
                        + "queueMicrotask(() => log('m')); log('after') prints after, then m). Look at "
                        + "EventLoop.queueMicrotask", printed)
                .containsExactly("main ends", "microtask queued by main", "timeout starts", "timeout ends", "microtask");
    }

    @Test
    @Order(2)
    @Goal(exercise = EventLoop.class, failsBecause = "before the next timer")
    void everyMicrotaskATimerSetsInMotionRunsBeforeTheNextTimer() {
        List<String> printed = new PrintedLines();

        Trace trace = Trace.of(() -> EventLoop.run(new VirtualClock(), loop -> {
            for (int timer = 1; timer <= 3; timer++) {
                int number = timer;
                loop.setTimeout(Duration.ZERO, () -> {
                    printed.add("timeout " + number);
                    loop.queueMicrotask(() -> {
                        printed.add("  microtask a" + number);
                        loop.queueMicrotask(() -> printed.add("  microtask a" + number + ", queued by a" + number));
                    });
                    loop.queueMicrotask(() -> printed.add("  microtask b" + number));
                });
            }
        }));

        List<String> expected = new ArrayList<>();
        for (int number = 1; number <= 3; number++) {
            expected.addAll(List.of("timeout " + number, "  microtask a" + number, "  microtask b" + number,
                    "  microtask a" + number + ", queued by a" + number));
        }
        assertThat(printed)
                .as("three due timers, each queueing two microtasks, the first of which queues one more, printed\n%s\n"
                        + "expected every microtask a timer set in motion (those it queued, and those they queued in "
                        + "turn) before the next timer:\n%s\n%s;\n%s", String.join("\n", printed), String.join("\n", expected),
                        trace.divergence(expected), sameTimersOtherMicrotaskOrder(printed, expected)
                        ? "each timer's microtasks ran before the next timer, but not in the order they were queued: "
                        + "microtasks run first in, first out. Look at how EventLoop.drainMicrotasks takes them"
                        : "look at where EventLoop.runDueTimers runs microtasks, and how many")
                .containsExactlyElementsOf(expected);
    }

    /** Whether the same lines came, each timer at its place, only the microtasks between two timers in another order. */
    private static boolean sameTimersOtherMicrotaskOrder(List<String> printed, List<String> expected) {
        if (printed.size() != expected.size() || printed.equals(expected)) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            if (expected.get(i).startsWith("timeout") != printed.get(i).startsWith("timeout")
                    || expected.get(i).startsWith("timeout") && !expected.get(i).equals(printed.get(i))) {
                return false;
            }
        }
        return printed.stream().sorted().toList().equals(expected.stream().sorted().toList());
    }

    @Test
    @Order(3)
    void sayHelloAndPrintWarmupPrintInTheTalksOrder() {
        VirtualClock clock = new VirtualClock();
        Printed printed = new Printed(clock);

        Timing.of("say_hello on a virtual clock").shouldWaitAtMost(Timing.seconds(1))
                .run(() -> SayHello.run(clock, SayHello.TALK_WAIT, printed));

        assertThat(printed.lines()).containsExactly(
                new Printed.Line("Hello", Duration.ZERO),
                new Printed.Line("Hello", Duration.ZERO),
                new Printed.Line("Pythonistas", Duration.ZERO),
                new Printed.Line("Thanks for waiting", Duration.ofSeconds(4)),
                new Printed.Line("World", Duration.ofSeconds(4)));
    }

    @Test
    @Order(4)
    @Goal(exercise = EventLoop.class, failsBecause = "before the next timer")
    void aMicrotaskQueuedByATimerRunsBeforeTheNextTimer() {
        List<String> printed = new PrintedLines();

        Trace trace = Trace.of(() -> EventLoop.run(new VirtualClock(), loop -> {
            loop.setTimeout(Duration.ZERO, () -> {
                printed.add("timeout 1");
                loop.queueMicrotask(() -> printed.add("microtask queued by timeout 1"));
            });
            loop.setTimeout(Duration.ZERO, () -> printed.add("timeout 2"));
        }));

        List<String> expected = List.of("timeout 1", "microtask queued by timeout 1", "timeout 2");
        assertThat(printed)
                .as("two due timers, the first queueing a microtask, printed %s, expected the microtask before the "
                        + "next timer (JavaScript drains microtasks after every callback); %s: look at where "
                        + "EventLoop.runDueTimers drains them", printed, trace.divergence(expected))
                .containsExactlyElementsOf(expected);
    }

    @Test
    @Order(5)
    @Goal(exercise = EventLoop.class, failsBecause = "before the next timer")
    void anAwaitedSleepContinuesBeforeATimerDueAtTheSameTime() {
        List<String> printed = new PrintedLines();

        Trace trace = Trace.of(() -> EventLoop.run(new VirtualClock(), loop -> {
            loop.sleep(Duration.ofSeconds(1)).thenRunAsync(() -> printed.add("after await sleep(1 s)"), loop.microtasks());
            loop.setTimeout(Duration.ofSeconds(1), () -> printed.add("setTimeout(1 s)"));
        }));

        List<String> expected = List.of("after await sleep(1 s)", "setTimeout(1 s)");
        assertThat(printed)
                .as("an awaited 1 s sleep and a 1 s timer set after it printed %s, expected the continuation of the "
                        + "sleep before the next timer: it is a microtask of the sleep's timer; %s; look at "
                        + "EventLoop.runDueTimers", printed, trace.divergence(expected))
                .containsExactlyElementsOf(expected);
    }

    @Test
    @Order(6)
    void microtasksRunBeforeTheNextTaskAndMayQueueMore() {
        List<String> printed = new ArrayList<>();

        EventLoop.run(new VirtualClock(), loop -> {
            loop.execute(() -> printed.add("task"));
            loop.queueMicrotask(() -> {
                printed.add("microtask");
                loop.queueMicrotask(() -> printed.add("microtask queued by a microtask"));
            });
            printed.add("main");
        });

        assertThat(printed)
                .as("main queueing a task and a microtask (which queues another) printed %s, expected main to end, then "
                        + "both microtasks, then the task", printed)
                .containsExactly("main", "microtask", "microtask queued by a microtask", "task");
    }

    @Test
    @Order(7)
    void continuationsRunOnTheLoopThreadEvenWhenTheFutureCompletesElsewhere() {
        List<String> printed = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        Thread[] loopThread = new Thread[1];
        try (ExecutorService elsewhere = Executors.newSingleThreadExecutor()) {
            Timing.of("a loop awaiting a future from another thread").shouldTakeBetween(Duration.ZERO, Timing.seconds(5))
                    .hint("onLoop should keep the loop running until the future completes, then wake it")
                    .run(() -> EventLoop.run(loop -> {
                        loopThread[0] = Thread.currentThread();
                        CompletableFuture<Integer> answer = CompletableFuture.supplyAsync(() -> 42, elsewhere);
                        loop.onLoop(answer).thenAcceptAsync(value -> {
                            printed.add("got " + value);
                            threads.add(Thread.currentThread());
                        }, loop.microtasks());
                    }));
        }
        assertThat(printed).containsExactly("got 42");
        assertThat(threads).containsExactly(loopThread[0]);
    }
}
