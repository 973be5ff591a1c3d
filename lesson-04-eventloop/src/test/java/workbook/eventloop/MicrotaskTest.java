package workbook.eventloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import workbook.kit.Goal;
import workbook.kit.Timing;
import workbook.kit.VirtualClock;

/** Step 3: microtasks, and async functions as chains of futures continued on the loop thread. */
class MicrotaskTest {

    @Test
    void sayHelloAndPrintWarmupPrintInTheTalksOrder() {
        VirtualClock clock = new VirtualClock();
        Printed printed = new Printed(clock);

        Timing.of("say_hello on a virtual clock").shouldTakeBetween(Duration.ZERO, Timing.seconds(1))
                .run(() -> SayHello.run(clock, SayHello.TALK_WAIT, printed));

        assertThat(printed.lines()).containsExactly(
                new Printed.Line("Hello", Duration.ZERO),
                new Printed.Line("Hello", Duration.ZERO),
                new Printed.Line("Pythonistas", Duration.ZERO),
                new Printed.Line("Thanks for waiting", Duration.ofSeconds(4)),
                new Printed.Line("World", Duration.ofSeconds(4)));
    }

    @Test
    @Goal(exercise = EventLoop.class, failsBecause = "before the next timer")
    void aMicrotaskQueuedByATimerRunsBeforeTheNextTimer() {
        List<String> printed = new ArrayList<>();

        EventLoop.run(new VirtualClock(), loop -> {
            loop.setTimeout(Duration.ZERO, () -> {
                printed.add("timeout 1");
                loop.queueMicrotask(() -> printed.add("microtask queued by timeout 1"));
            });
            loop.setTimeout(Duration.ZERO, () -> printed.add("timeout 2"));
        });

        assertThat(printed)
                .as("two due timers, the first queueing a microtask, printed %s, expected the microtask before the "
                        + "next timer (JavaScript drains microtasks after every callback): look at where "
                        + "EventLoop.runDueTimers drains them", printed)
                .containsExactly("timeout 1", "microtask queued by timeout 1", "timeout 2");
    }

    @Test
    @Goal(exercise = EventLoop.class, failsBecause = "before the next timer")
    void anAwaitedSleepContinuesBeforeATimerDueAtTheSameTime() {
        List<String> printed = new ArrayList<>();

        EventLoop.run(new VirtualClock(), loop -> {
            loop.sleep(Duration.ofSeconds(1)).thenRunAsync(() -> printed.add("after await sleep(1 s)"), loop.microtasks());
            loop.setTimeout(Duration.ofSeconds(1), () -> printed.add("setTimeout(1 s)"));
        });

        assertThat(printed)
                .as("an awaited 1 s sleep and a 1 s timer set after it printed %s, expected the continuation of the "
                        + "sleep before the next timer: it is a microtask of the sleep's timer; look at "
                        + "EventLoop.runDueTimers", printed)
                .containsExactly("after await sleep(1 s)", "setTimeout(1 s)");
    }

    @Test
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

        assertThat(printed).containsExactly("main", "microtask", "microtask queued by a microtask", "task");
    }

    @Test
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
