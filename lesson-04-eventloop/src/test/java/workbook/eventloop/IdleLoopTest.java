package workbook.eventloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import workbook.kit.MachineLoad;
import workbook.kit.ThreadWaits;

@Isolated // measures a thread's CPU and its wake-ups: nothing else may run meanwhile
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the first failure is the one that names the mistake
class IdleLoopTest {

    /** A timer on the real clock, set on an idle loop: it must fire this late, not earlier, and not much later. */
    private static final Duration SOON = Duration.ofMillis(300);

    /** The CPU time an idle loop may use in its measuring window: waking once or twice costs microseconds. */
    private static final Duration IDLE_CPU = Duration.ofMillis(20);

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    @Order(1)
    @Goal(exercise = EventLoop.class, failsBecause = "of CPU while idle")
    void anIdleLoopLeavesTheCoreFree() throws Exception {
        CountingClock clock = new CountingClock();
        LoopOnAThread idle = LoopOnAThread.start("idle-loop", clock);
        idle.awaitIdle();
        long cpuBefore = THREADS.getThreadCpuTime(idle.thread.threadId());
        long asksBefore = clock.asks.get();

        MachineLoad.Window window = MachineLoad.idleWindow(Duration.ofSeconds(1)); // the loop has nothing to do for 30 s

        long cpu = THREADS.getThreadCpuTime(idle.thread.threadId()) - cpuBefore;
        long asks = clock.asks.get() - asksBefore;
        idle.stop();
        // CPU time, not a share of the wall clock: a busy machine gives a spinning loop less of a core, never less work
        if (cpu > IDLE_CPU.toNanos() || asks > window.allowance()) {
            throw new AssertionError(String.format(Locale.ROOT, """
                        the loop thread used %.3f s of CPU while idle %s, its next timer 30 s away, and asked its \
                        clock "how long until the next deadline?" %,d times; expected at most %.3f s of CPU and %d \
                        questions: look at EventLoop.waitForWork, is it asking "is it time yet?" over and over \
                        instead of sleeping until the deadline?""",
                    cpu / 1e9, window.describe(), asks, IDLE_CPU.toNanos() / 1e9, window.allowance()));
        }
    }

    @Test
    @Order(2)
    void anIdleLoopDoesNotWakeUpUntilItsDeadline() throws Exception {
        LoopOnAThread idle = LoopOnAThread.start("napping-loop");
        idle.awaitIdle();
        long wakeUpsBefore = THREADS.getThreadInfo(idle.thread.threadId()).getWaitedCount();

        MachineLoad.Window window = MachineLoad.idleWindow(Duration.ofMillis(500)); // nothing to do for 30 s

        long wakeUps = THREADS.getThreadInfo(idle.thread.threadId()).getWaitedCount() - wakeUpsBefore;
        idle.stop();
        assertThat(wakeUps)
                .as(String.format(Locale.ROOT, """
                        the loop thread woke up %d times while idle %s, its next timer 30 s away, no task \
                        arriving; expected at most %d: each wake-up only finds that there is still nothing to do. \
                        How long does EventLoop.waitForWork wait each time?""", wakeUps, window.describe(), window.allowance()))
                .isLessThanOrEqualTo(window.allowance());
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
        long[] set = {System.nanoTime()};
        // the loop thread's time queued for a core between the setting and the firing: the machine's part of any delay
        long[] queued = new long[1];

        loop.execute(() -> {
            set[0] = System.nanoTime();
            queued[0] = -MachineLoad.runQueueNanos();
            loop.setTimeout("soon", SOON, () -> {
                queued[0] += MachineLoad.runQueueNanos();
                fired.complete(System.nanoTime());
            });
        });

        Duration late;
        try {
            long firedAt;
            try {
                firedAt = fired.get(SOON.toMillis() + 2_000, TimeUnit.MILLISECONDS);
            } catch (TimeoutException notYet) {
                if (thread.getState() == Thread.State.WAITING) { // parked with no deadline at all: it will not fire
                    throw notYet;
                }
                firedAt = fired.get(8, TimeUnit.SECONDS); // a timed wait or a runnable thread: a busy machine, wait on
            }
            late = Duration.ofNanos(firedAt - set[0]).minusNanos(queued[0]);
        } catch (TimeoutException never) {
            throw new AssertionError(String.format(Locale.ROOT, """
                    a %d ms timer set on an idle loop (real clock) had not fired after %.1f s: the loop went on \
                    waiting past the timer's deadline. What wakes EventLoop.waitForWork when a deadline comes \
                    and no task arrives?""", SOON.toMillis(), Duration.ofNanos(System.nanoTime() - set[0]).toNanos() / 1e9));
        } finally {
            keepAlive.complete(null); // its completion is a task: it wakes the loop, which then ends
            thread.join(Duration.ofSeconds(5));
        }
        assertThat(thread.isAlive()).as("the loop still ran 5 s after the future keeping it alive completed").isFalse();
        assertThat(late)
                .as("a %d ms timer set on an idle loop fired after %d ms (not counting %d ms its thread waited for a "
                        + "core on a busy machine), expected between %d and %d ms", SOON.toMillis(), late.toMillis(),
                        queued[0] / 1_000_000, SOON.toMillis(), SOON.toMillis() + 250)
                .isBetween(SOON.minusNanos(queued[0]), SOON.plusMillis(250));
    }

    @Test
    @Order(4)
    void interruptingAnIdleLoopEndsItAndKeepsTheInterrupt() throws Exception {
        CompletableFuture<Boolean> ended = new CompletableFuture<>(); // whether the thread was still interrupted at the end
        Thread thread = Thread.ofPlatform().name("interrupted-loop").daemon().start(() -> {
            try {
                EventLoop.run(loop -> loop.setTimeout("far away", Duration.ofSeconds(30), () -> { }));
            } catch (RuntimeException stopped) {
                // the loop may end with a failure that says why: an interrupt is a request to stop
            }
            ended.complete(Thread.currentThread().isInterrupted());
        });
        ThreadWaits.awaitWaiting(thread, Duration.ofSeconds(1));
        thread.interrupt();
        // ends, or waits (or spins) on: judged on the thread's own state and CPU, whatever the machine's load
        if (!ThreadWaits.endsOrIsStuck(ended, thread, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(20))) {
            Thread.State state = thread.getState(); // left as a daemon: its timer ends it within 30 s
            throw new AssertionError("""
                    the idle loop thread was interrupted, its next timer 30 s away, and it did not end: it went on \
                    %s. An interrupt is a request to stop, and InterruptedException is how a wait reports it: look \
                    at what EventLoop.waitForWork does when its wait throws it""".formatted(
                    state == Thread.State.RUNNABLE ? "running" : "waiting"));
        }
        assertThat(ended.get()).as("""
                the interrupted idle loop ended, but its thread was no longer interrupted: whoever runs the loop \
                cannot tell why it stopped. Catching InterruptedException clears the flag; set it again \
                (Thread.currentThread().interrupt()) before leaving EventLoop.waitForWork""").isTrue();
    }

    @Test
    @Order(5)
    void theMeasurementSeesASpinningThread() {
        // the same two measures on a thread that spins: proof that the idle test above can fail, on any machine
        CountingClock clock = new CountingClock();
        AtomicBoolean stop = new AtomicBoolean();
        Thread spinner = Thread.ofPlatform().daemon().start(() -> {
            while (!stop.get()) {
                clock.idleUntil(clock.nanos() + 30_000_000_000L); // "how long until the deadline?", over and over
            }
        });
        long cpuBefore = THREADS.getThreadCpuTime(spinner.threadId());
        try {
            // however little of a core a busy machine gives it, a spinning thread piles up CPU time and questions
            await("a spinning thread using more CPU than an idle loop may").atMost(Duration.ofSeconds(60))
                    .until(() -> THREADS.getThreadCpuTime(spinner.threadId()) - cpuBefore > 4 * IDLE_CPU.toNanos());
            assertThat(clock.asks.get()).as("questions a spinning thread asked its clock").isGreaterThan(1_000);
        } finally {
            stop.set(true);
        }
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
