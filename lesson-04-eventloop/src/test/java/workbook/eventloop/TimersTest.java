package workbook.eventloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static workbook.kit.Timing.seconds;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import workbook.kit.Clock;
import workbook.kit.Timing;
import workbook.kit.VirtualClock;

/** Step 2: timers on a deadline heap, real and virtual time, and work from other threads. */
@Execution(ExecutionMode.CONCURRENT) // each test has a loop of its own and mostly waits
class TimersTest {

    // The talk's timer waits 5 s; in real time these tests scale it down to 1 s.
    private static final Duration DELAY = Duration.ofSeconds(1);

    @Test
    void hiAndJSConfEUPrintAtOnceAndThereWhenTheTimerIsDue() {
        Printed printed = new Printed(Clock.system());
        Duration start = Clock.system().now();

        // The whole run on the real clock, with both bounds, and the machine's part told apart from the loop's.
        Timing.of("the JSConfEU example with a 1 s timer").shouldTakeBetween(DELAY, seconds(1.6))
                .hint("\"there\" is due 1 s after the timer was set, and then nothing is left to do")
                .run(() -> HiJSConfEU.run(Clock.system(), DELAY, printed));

        // The order by the loop's rules, and each line against the others, which a busy machine delays alike.
        assertThat(printed.texts()).containsExactly("Hi", "JSConfEU", "there");
        Duration hi = printed.at("Hi", start);
        assertThat(printed.at("JSConfEU", start).minus(hi)).as("JSConfEU after Hi: at once, before any waiting")
                .isLessThan(DELAY);
        assertThat(printed.at("there", start).minus(hi)).as("\"there\" after Hi: the timer, set in between, never early")
                .isGreaterThanOrEqualTo(DELAY);
    }

    @Test
    void theLoopReturnsOnceItsTimerHasFired() {
        // once on a virtual clock first: the claim is the loop's sleeping, not the loading of its classes, which a
        // busy machine, starving this JVM of CPU, stretched to seconds
        HiJSConfEU.run(new VirtualClock(), DELAY, text -> { });
        List<String> printed = new ArrayList<>();
        Timing.of("the JSConfEU example with a 1 s timer").shouldTakeBetween(seconds(0.95), seconds(1.6))
                .hint("the loop should sleep until the timer's deadline, run the callback, and stop: nothing is left")
                .run(() -> HiJSConfEU.run(Clock.system(), DELAY, printed::add));
        assertThat(printed).containsExactly("Hi", "JSConfEU", "there");
    }

    @Test
    void onAVirtualClockTheTalksFiveSecondsPassInstantly() {
        VirtualClock clock = new VirtualClock();
        Printed printed = new Printed(clock);

        Timing.of("the JSConfEU example on a virtual clock").shouldWaitAtMost(seconds(1))
                .hint("an idle loop on a virtual clock jumps to the next deadline instead of sleeping")
                .run(() -> HiJSConfEU.run(clock, HiJSConfEU.TALK_DELAY, printed));

        assertThat(printed.lines()).containsExactly(
                new Printed.Line("Hi", Duration.ZERO),
                new Printed.Line("JSConfEU", Duration.ZERO),
                new Printed.Line("there", Duration.ofSeconds(5)));
    }

    @Test
    void workFromAnotherThreadWakesASleepingLoopEarly() throws Exception {
        LoopOnAThread idle = LoopOnAThread.start("sleeping-loop");
        CompletableFuture<Thread> ranOn = new CompletableFuture<>();
        long submitted = System.nanoTime();

        idle.loop.execute("from the test thread", () -> ranOn.complete(Thread.currentThread()));

        Thread thread = ranOn.get(5, TimeUnit.SECONDS);
        Duration waited = Duration.ofNanos(System.nanoTime() - submitted);
        assertThat(thread).isSameAs(idle.thread);
        assertThat(waited)
                .as("a task from another thread ran %s after it was submitted, while the loop slept towards a 30 s timer: "
                        + "execute() should wake it", waited)
                .isLessThan(Duration.ofMillis(500));
        idle.stop();
    }

    @Test
    void clearedTimersNeverFire() {
        List<String> printed = new ArrayList<>();
        EventLoop.run(new VirtualClock(), loop -> {
            Timer cleared = loop.setTimeout("cleared", Duration.ofHours(1), () -> printed.add("cleared"));
            loop.setTimeout("kept", Duration.ofSeconds(1), () -> printed.add("kept"));
            loop.clearTimeout(cleared);
        });
        assertThat(printed).containsExactly("kept");
    }

    @Test
    void equalDelaysFireInTheOrderTheyWereSet() {
        List<String> printed = new ArrayList<>();
        EventLoop.run(new VirtualClock(), loop -> {
            for (String name : List.of("a", "b", "c")) {
                loop.setTimeout(Duration.ZERO, () -> printed.add(name));
            }
        });
        assertThat(printed).containsExactly("a", "b", "c");
    }

    @Test
    void aTimerSetWithDelayZeroWaitsForTheNextTurn() {
        List<String> printed = new ArrayList<>();
        VirtualClock clock = new VirtualClock();
        EventLoop.run(clock, loop -> loop.setTimeout(Duration.ZERO, () -> {
            printed.add("timer");
            loop.setTimeout(Duration.ZERO, () -> printed.add("timer set by the timer"));
            loop.execute(() -> printed.add("task queued by the timer"));
            clock.advance(Duration.ofMillis(5)); // busy until the new timer is due: it still waits for the next turn
        }));
        // a timer re-arming itself with delay 0 cannot starve the tasks
        assertThat(printed).containsExactly("timer", "task queued by the timer", "timer set by the timer");
    }

    @Test
    void aFailingCallbackStopsTheLoopAndReachesTheCaller() {
        assertThatThrownBy(() -> EventLoop.run(new VirtualClock(), loop ->
                loop.setTimeout(Duration.ofSeconds(1), () -> {
                    throw new IllegalArgumentException("broken callback");
                })))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("broken callback");
    }

    @Test
    void aFinishedLoopRefusesWork() {
        EventLoop[] finished = new EventLoop[1];
        EventLoop.run(new VirtualClock(), loop -> finished[0] = loop);
        assertThatIllegalStateException().isThrownBy(() -> finished[0].execute(() -> { }))
                .withMessageContaining("has finished");
    }

    @Test
    void aLoopCannotRunInsideItself() {
        EventLoop.run(new VirtualClock(), loop -> assertThatIllegalStateException()
                .isThrownBy(() -> EventLoop.run(loop.clock(), inner -> { }))
                .withMessageContaining("already running"));
    }
}
