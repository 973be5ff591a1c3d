package workbook.kit;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;

/** A thread as a test sees it from outside: whether it waits, as an idle loop thread does, or for good, as a stuck one. */
public final class ThreadWaits {

    private ThreadWaits() {
    }

    /**
     * Waits for {@code done}; returns true when it completes, false as soon as {@code thread} is stuck: it sat
     * waiting (parked, asleep, blocked) without a moment of CPU for {@code still} in a row (waiting for itself), or
     * it used {@code cpu} of CPU time without ending (spinning). A busy machine slows a working thread, but never
     * makes it wait and never makes its work cost more CPU: no deadline on the wall clock decides, except the last
     * resort, {@code atMost}.
     */
    public static boolean endsOrIsStuck(Future<?> done, Thread thread, Duration still, Duration cpu, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        long cpuAtStart = THREADS.getThreadCpuTime(thread.threadId());
        long waitingSince = -1;
        long cpuThen = -1;
        while (!done.isDone() && System.nanoTime() < deadline) {
            Thread.State state = thread.getState();
            long cpuNow = THREADS.getThreadCpuTime(thread.threadId());
            boolean waiting = state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING
                    || state == Thread.State.BLOCKED;
            if (cpuNow - cpuAtStart >= cpu.toNanos()) {
                return done.isDone();
            }
            if (!waiting || cpuNow != cpuThen) {
                waitingSince = waiting ? System.nanoTime() : -1;
                cpuThen = cpuNow;
            } else if (System.nanoTime() - waitingSince >= still.toNanos()) {
                return done.isDone();
            }
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
        return done.isDone();
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** How a thread that should be waiting behaved while watched: whether it spun, and the CPU time it used. */
    public record Watched(boolean spins, Duration cpu) {
    }

    /**
     * Watches a thread that should be waiting: it waits once it has sat parked, asleep or blocked with no CPU for
     * {@code still} in a row; it spins once it has used {@code cpu} of CPU time (a loop asking "done yet?", with or
     * without {@code onSpinWait}). A busy machine gives a spinning thread less of a core, so it takes longer to use up
     * {@code cpu}, but never makes a waiting thread use CPU: the answer is the same on any machine. {@code atMost} only
     * ends the watch, undecided (not spinning), for a thread that neither waits nor spins, or has ended.
     */
    public static Watched watch(Thread thread, Duration still, Duration cpu, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        long cpuAtStart = THREADS.getThreadCpuTime(thread.threadId());
        long waitingSince = -1;
        long cpuThen = -1;
        while (thread.isAlive() && System.nanoTime() < deadline) {
            Thread.State state = thread.getState();
            long cpuNow = THREADS.getThreadCpuTime(thread.threadId());
            if (cpuNow - cpuAtStart >= cpu.toNanos()) {
                return new Watched(true, Duration.ofNanos(cpuNow - cpuAtStart));
            }
            boolean waiting = state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING
                    || state == Thread.State.BLOCKED;
            if (!waiting || cpuNow != cpuThen) {
                waitingSince = waiting ? System.nanoTime() : -1;
                cpuThen = cpuNow;
            } else if (System.nanoTime() - waitingSince >= still.toNanos()) {
                return new Watched(false, Duration.ofNanos(cpuNow - cpuAtStart));
            }
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
        return new Watched(false, Duration.ofNanos(Math.max(0, THREADS.getThreadCpuTime(thread.threadId()) - cpuAtStart)));
    }

    /**
     * Returns once {@code thread} waits (parked, or in a timed wait), or after {@code atMost}: a thread that never
     * waits (a loop that polls, an accept that blocks in I/O) is what the caller measures next, so no failure here.
     */
    public static void awaitWaiting(Thread thread, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline
                && thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.TIMED_WAITING) {
            LockSupport.parkNanos(Duration.ofMillis(1).toNanos()); // looks again soon, without taking a core
        }
    }
}
