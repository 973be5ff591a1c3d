package workbook.eventloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Isolated;
import workbook.kit.Clock;
import workbook.kit.Goal;
import workbook.kit.ThreadWaits;

@Isolated // measures a thread's CPU and its wake-ups: nothing else may run meanwhile
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the first failure is the one that names the mistake
class IdleLoopTest {

    /** A timer on the real clock, set on an idle loop: it must fire this late, not earlier, and not much later. */
    private static final Duration SOON = Duration.ofMillis(300);

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    @Order(1)
    @Goal(exercise = EventLoop.class, failsBecause = "of a core while idle")
    void anIdleLoopLeavesTheCoreFree() throws Exception {
        CountingClock clock = new CountingClock();
        LoopOnAThread idle = LoopOnAThread.start("idle-loop", clock);
        idle.awaitIdle();
        long cpuBefore = THREADS.getThreadCpuTime(idle.thread.threadId());
        long asksBefore = clock.asks.get();
        long wallBefore = System.nanoTime();

        Thread.sleep(Duration.ofSeconds(1)); // the measuring window: the loop has nothing to do for 30 s

        long cpu = THREADS.getThreadCpuTime(idle.thread.threadId()) - cpuBefore;
        long asks = clock.asks.get() - asksBefore;
        long wall = System.nanoTime() - wallBefore;
        idle.stop();
        double share = (double) cpu / wall;
        // the CPU share depends on what else the machine runs; the number of questions does not
        if (share >= 0.05 || asks > 5) {
            throw new AssertionError(String.format(Locale.ROOT, """
                        the loop thread used %.0f %% of a core while idle (%.3f s of CPU in %.2f s, its next timer 30 s \
                        away) and asked its clock "how long until the next deadline?" %,d times, expected under 5 %% \
                        and at most 5 questions: look at EventLoop.waitForWork, is it asking "is it time yet?" over \
                        and over instead of sleeping until the deadline?""", 100 * share, cpu / 1e9, wall / 1e9, asks));
        }
    }

    @Test
    @Order(2)
    void anIdleLoopDoesNotWakeUpUntilItsDeadline() throws Exception {
        LoopOnAThread idle = LoopOnAThread.start("napping-loop");
        idle.awaitIdle();
        long wakeUpsBefore = THREADS.getThreadInfo(idle.thread.threadId()).getWaitedCount();
        long wallBefore = System.nanoTime();

        Thread.sleep(Duration.ofMillis(500)); // the measuring window: nothing to do for 30 s

        long wakeUps = THREADS.getThreadInfo(idle.thread.threadId()).getWaitedCount() - wakeUpsBefore;
        long wall = System.nanoTime() - wallBefore;
        idle.stop();
        assertThat(wakeUps)
                .as(String.format(Locale.ROOT, """
                        the loop thread woke up %d times in %.2f s while idle (its next timer 30 s away, no task \
                        arriving), expected at most 5: each wake-up only finds that there is still nothing to do. \
                        How long does EventLoop.waitForWork wait each time?""", wakeUps, wall / 1e9))
                .isLessThanOrEqualTo(5);
    }

    @Test
    @Order(3)
    void aTimerOnTheRealClockFiresAtItsDeadline() throws Exception {
        // a loop with no timer at all, kept alive by a future from elsewhere, is given one 300 ms timer
        CompletableFuture<Void> keepAlive = new CompletableFuture<>();
        CompletableFuture<EventLoop> started = new CompletableFuture<>();
        Thread thread = Thread.ofPlatform().name("timed-loop").daemon().start(() -> EventLoop.run(loop -> {
            loop.onLoop(keepAlive);
            started.complete(loop);
        }));
        EventLoop loop = started.get(5, TimeUnit.SECONDS);
        ThreadWaits.awaitWaiting(thread, Duration.ofSeconds(1));
        CompletableFuture<Long> fired = new CompletableFuture<>();
        long set = System.nanoTime();

        loop.setTimeout("soon", SOON, () -> fired.complete(System.nanoTime()));

        Duration late;
        try {
            late = Duration.ofNanos(fired.get(SOON.toMillis() + 2_000, TimeUnit.MILLISECONDS) - set);
        } catch (TimeoutException never) {
            throw new AssertionError(String.format(Locale.ROOT, """
                    a %d ms timer set on an idle loop (real clock) had not fired after %.1f s: the loop went on \
                    waiting past the timer's deadline. What wakes EventLoop.waitForWork when a deadline comes \
                    and no task arrives?""", SOON.toMillis(), Duration.ofNanos(System.nanoTime() - set).toNanos() / 1e9));
        } finally {
            keepAlive.complete(null); // its completion is a task: it wakes the loop, which then ends
            thread.join(Duration.ofSeconds(5));
        }
        assertThat(thread.isAlive()).as("the loop still ran 5 s after the future keeping it alive completed").isFalse();
        assertThat(late)
                .as("a %d ms timer set on an idle loop fired after %d ms, expected between %d and %d ms",
                        SOON.toMillis(), late.toMillis(), SOON.toMillis(), SOON.toMillis() + 250)
                .isBetween(SOON, SOON.plusMillis(250));
    }

    @Test
    @Order(4)
    void theMeasurementSeesABusyThread() throws Exception {
        // the same measurement on a thread that spins: proof that the idle test above can fail
        AtomicBoolean stop = new AtomicBoolean();
        Thread spinner = Thread.ofPlatform().daemon().start(() -> {
            while (!stop.get()) {
                Thread.onSpinWait();
            }
        });
        long cpuBefore = THREADS.getThreadCpuTime(spinner.threadId());
        long wallBefore = System.nanoTime();
        Thread.sleep(Duration.ofMillis(500));
        long cpu = THREADS.getThreadCpuTime(spinner.threadId()) - cpuBefore;
        long wall = System.nanoTime() - wallBefore;
        stop.set(true);
        spinner.join();
        assertThat((double) cpu / wall).as("a spinning thread's share of a core").isGreaterThan(0.05);
    }

    /** The system clock, counting how often the loop asks how long it may sleep. */
    private static final class CountingClock implements Clock {
        final AtomicLong asks = new AtomicLong();

        @Override
        public long nanos() {
            return Clock.system().nanos();
        }

        @Override
        public long idleUntil(long deadline) {
            asks.incrementAndGet();
            return Clock.system().idleUntil(deadline);
        }
    }
}
