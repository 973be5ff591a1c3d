package workbook.kit;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.opentest4j.TestAbortedException;

/**
 * How busy the machine is, as a thread of this JVM feels it: a probe thread that waits a fixed time again and
 * again, and counts how often it woke and how late. Other programs, other JVMs, this JVM's own collector: all
 * of them show as a probe that wakes late. A verdict that counts wake-ups, or compares a duration with a
 * bound, reads a probe beside it, so that it can tell a busy machine from a wrong fix.
 *
 * <pre>{@code
 * long before = server.callbacksRun();
 * MachineLoad.Window window = MachineLoad.idleWindow(Duration.ofMillis(500));
 * assertThat(server.callbacksRun() - before).isLessThanOrEqualTo(window.allowance());
 * }</pre>
 */
public final class MachineLoad implements AutoCloseable {

    /** The longest an idle window waits for its probe before it gives up judging. */
    static final Duration PATIENCE = Duration.ofSeconds(15);

    /** How late a probe must wake for the machine to count as holding work back. */
    static final Duration NOTICEABLY_LATE = Duration.ofMillis(50);

    private final long period;
    private final long start = System.nanoTime();
    private final AtomicLong wakeUps = new AtomicLong();
    private final AtomicLong lateTotal = new AtomicLong();
    private final AtomicLong lateWorst = new AtomicLong();
    private final long cpuStart = processCpuNanos();
    private final java.util.Map<String, Long> queuedAtStart;
    private final Thread probe;
    private volatile boolean stopped;

    private MachineLoad(Duration period) {
        this.period = period.toNanos();
        this.queuedAtStart = queuedByThread();
        this.probe = Thread.ofPlatform().name("machine-load-probe").daemon().start(this::probe);
    }

    /** For the kit's own tests: a reading of a machine that held a thread back {@code worst}, with no probe running. */
    MachineLoad(Duration period, Duration worst) {
        this.period = period.toNanos();
        this.stopped = true;
        this.queuedAtStart = null; // no threads read
        this.probe = Thread.ofPlatform().unstarted(() -> { });
        wakeUps.set(1);
        lateWorst.set(worst.toNanos());
        lateTotal.set(worst.toNanos());
    }

    /** A probe that waits {@code period} at a time until it is closed. */
    public static MachineLoad probe(Duration period) {
        return new MachineLoad(period);
    }

    private void probe() {
        while (!stopped) {
            long asked = System.nanoTime();
            LockSupport.parkNanos(period);
            long now = System.nanoTime();
            long late = now - asked - period;
            wakeUps.incrementAndGet();
            lateTotal.addAndGet(Math.max(0, late));
            lateWorst.accumulateAndGet(late, Math::max);
        }
    }

    /** How often the probe has woken since it started. */
    public long wakeUps() {
        return wakeUps.get();
    }

    /** The longest the probe woke after the time it asked for. */
    public Duration worstLateness() {
        return Duration.ofNanos(Math.max(0, lateWorst.get()));
    }

    /**
     * How long the machine may have held back a piece of work bounded by {@code atMost}: the probe's worst lateness
     * plus the longest any thread of this JVM waited for a core meanwhile ({@code queued} at least: the work's own
     * thread), since the work's threads (a pool's, virtual threads' carriers) are starved as much as the one measured. Once that is noticeable, every thread of the
     * work was starved of CPU, not only the ones measured: up to a quarter of the bound is the machine's as much as
     * the code's.
     */
    public Duration heldBack(Duration atMost, Duration queued) {
        Duration held = worstLateness().plus(queued.compareTo(worstQueued()) > 0 ? queued : worstQueued());
        Duration share = atMost.dividedBy(4);
        return held.compareTo(NOTICEABLY_LATE) >= 0 && held.compareTo(share) < 0 ? share : held;
    }

    /**
     * For a figure measured while this probe ran: when {@code took} overran {@code atMost} by no more than the
     * machine held work back, the claim is not judged (the test is aborted saying so); otherwise nothing happens
     * and the caller's own assertion judges it.
     */
    public void notJudgedIfTheMachineExplains(String what, Duration took, Duration atMost) {
        if (took.compareTo(atMost) > 0 && took.minus(atMost).compareTo(heldBack(atMost, Duration.ZERO)) <= 0) {
            throw tooBusy("%s took %.2f s, expected at most %.2f s; %s".formatted(what, took.toNanos() / 1e9,
                    atMost.toNanos() / 1e9, describe()));
        }
    }

    /**
     * The longest any thread of this JVM has waited, runnable, for a core since the probe started (Linux's schedstat
     * of every task of the process; zero where the system does not tell).
     */
    public Duration worstQueued() {
        if (queuedAtStart == null) {
            return Duration.ZERO;
        }
        long worst = 0;
        for (var thread : queuedByThread().entrySet()) {
            worst = Math.max(worst, thread.getValue() - queuedAtStart.getOrDefault(thread.getKey(), 0L));
        }
        return Duration.ofNanos(worst);
    }

    /** Every thread of this JVM's time queued for a core so far, by its task path. */
    private static java.util.Map<String, Long> queuedByThread() {
        java.util.Map<String, Long> queued = new java.util.HashMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> queued.put(task.getFileName().toString(), runQueueNanos("self/task/" + task.getFileName())));
        } catch (IOException | RuntimeException notLinux) {
            return queued;
        }
        return queued;
    }

    /** One line for a failure message: the load average, and how late the probe woke. */
    public String describe() {
        long woke = Math.max(1, wakeUps.get());
        double wall = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT,
                "%s; this JVM used %.0f %% of one core; a thread waiting %d ms at a time woke %,d times in %.2f s, "
                        + "%.1f ms late on average and %d ms at worst; a thread of this JVM waited up to %d ms for a core",
                loadAverage(), 100 * (processCpuNanos() - cpuStart) / 1e9 / wall, Duration.ofNanos(period).toMillis(),
                wakeUps.get(), wall, lateTotal.get() / 1e6 / woke, worstLateness().toMillis(), worstQueued().toMillis());
    }

    @Override
    public void close() {
        stopped = true;
        LockSupport.unpark(probe);
        try {
            if (probe.isAlive()) {
                probe.join(Duration.ofSeconds(1));
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * What an idle window saw: how long it lasted, how often a thread waiting 1 ms at a time woke meanwhile,
     * and the machine's load in one line.
     */
    public record Window(Duration wall, long probeWakeUps, String machine) {

        /**
         * How many wake-ups (callbacks, questions to a clock) of its own an idle thread may have in this window:
         * 5, or 10 for each second the window lasted. A thread that polls every few milliseconds woke about as
         * often as the probe, hundreds of times.
         */
        public long allowance() {
            return Math.max(5, Math.round(10 * wall.toNanos() / 1e9));
        }

        /** The window in a few words, for a failure message. */
        public String describe() {
            return String.format(Locale.ROOT, "in %.2f s (meanwhile a thread of this JVM waiting 1 ms at a time woke %,d "
                    + "times)", wall.toNanos() / 1e9, probeWakeUps);
        }
    }

    /**
     * A measuring window for "how often does an idle thread wake up?": it lasts {@code atLeast}, and on a busy
     * machine longer, until a probe waiting 1 ms at a time has woken at least once every 2 ms of {@code atLeast}.
     * A thread that polls wakes about as often as the probe, so it shows itself whatever else the machine runs;
     * an idle one stays at zero. When even the probe cannot run for {@link #PATIENCE}, the test is aborted:
     * could not judge, rather than a verdict the machine made.
     */
    public static Window idleWindow(Duration atLeast) throws InterruptedException {
        long needed = Math.max(1, atLeast.toMillis() / 2);
        long start = System.nanoTime();
        try (MachineLoad load = probe(Duration.ofMillis(1))) {
            while (true) {
                Thread.sleep(Duration.ofMillis(20));
                long wall = System.nanoTime() - start;
                if (wall >= atLeast.toNanos() && load.wakeUps() >= needed) {
                    return new Window(Duration.ofNanos(wall), load.wakeUps(), load.describe());
                }
                if (wall >= PATIENCE.toNanos()) {
                    throw tooBusy(String.format(Locale.ROOT, "a thread waiting 1 ms at a time woke only %,d times in %d s, "
                            + "where a free machine wakes it %,d times in %.1f s (%s)", load.wakeUps(), PATIENCE.toSeconds(),
                            needed * 2, atLeast.toNanos() / 1e9, load.describe()));
                }
            }
        }
    }

    /** The verdict for a test that cannot tell a wrong fix from a busy machine: not judged, try again. */
    public static TestAbortedException tooBusy(String why) {
        return new TestAbortedException("could not judge: the machine is too busy (" + loadAverage() + "): " + why
                + "; this says nothing about the code: run it again when the machine is quieter");
    }

    /**
     * Whether more programs want a core than there are cores, by the one-minute load average: for a claim measured in
     * another process (a child JVM), where this JVM cannot see how long the machine held its threads back.
     */
    public static boolean overloaded() {
        double average = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return average > Runtime.getRuntime().availableProcessors();
    }

    /** The one-minute load average against the cores, where the system tells it. */
    static String loadAverage() {
        int cores = Runtime.getRuntime().availableProcessors();
        try {
            String first = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
            return "load " + first + " on " + cores + " cores";
        } catch (IOException | RuntimeException notLinux) {
            double average = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return average < 0 ? cores + " cores" : String.format(Locale.ROOT, "load %.2f on %d cores", average, cores);
        }
    }

    /**
     * How long the current thread waits from now on: asleep, parked or waiting on a monitor, as the JVM itself
     * counts it (thread contention monitoring). What the code chose to wait; a busy machine stretches its
     * computing and its time queued for a core, a collector's pauses stop it, but none of them counts here.
     */
    public static OwnTime ownTime() {
        Thread self = Thread.currentThread();
        if (!self.isVirtual() && THREADS.isThreadContentionMonitoringSupported()) {
            THREADS.setThreadContentionMonitoringEnabled(true);
        }
        return new OwnTime(self, waitedMillis(self), System.nanoTime(), cpuNanos(self), runQueueNanos());
    }

    /**
     * See {@link #ownTime()}. Where the JVM does not count a thread's waits (a virtual thread), the waiting is what
     * is left of the wall time once the CPU time and the time queued for a core are taken out.
     */
    public record OwnTime(Thread thread, long waitedStart, long wallStart, long cpuStart, long queuedStart) {

        /** How long the thread waited since the reading; callable from any thread. */
        public Duration waited() {
            long waitedNow = waitedMillis(thread);
            if (waitedStart >= 0 && waitedNow >= 0) {
                return Duration.ofMillis(waitedNow - waitedStart);
            }
            if (Thread.currentThread() != thread) {
                return Duration.ZERO; // the fallback below needs the thread's own run queue
            }
            long wall = System.nanoTime() - wallStart;
            long cpu = cpuNanos(thread) - cpuStart;
            long queued = runQueueNanos() - queuedStart;
            return Duration.ofNanos(Math.max(0, wall - cpu - queued));
        }
    }

    /** The JVM's count of how long {@code thread} has waited, or -1 where it does not count (virtual, ended). */
    private static long waitedMillis(Thread thread) {
        if (thread.isVirtual() || !THREADS.isThreadContentionMonitoringEnabled()) {
            return -1;
        }
        java.lang.management.ThreadInfo info = THREADS.getThreadInfo(thread.threadId());
        return info == null ? -1 : info.getWaitedTime();
    }

    private static long cpuNanos(Thread thread) {
        return thread.isVirtual() ? 0 : THREADS.getThreadCpuTime(thread.threadId());
    }

    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * How long the current thread has waited, runnable, for a core since it started: the time the machine held it
     * back (Linux's schedstat; 0 where the system does not tell). Read it at both ends of a stretch of work.
     */
    public static long runQueueNanos() {
        return runQueueNanos("thread-self");
    }

    /** The same for a thread of this JVM named by its task path, {@code self/task/<tid>}; 0 once it has ended. */
    public static long runQueueNanos(String task) {
        try {
            return Long.parseLong(Files.readString(Path.of("/proc", task, "schedstat")).trim().split("\\s+")[1]);
        } catch (IOException | RuntimeException unknown) {
            return 0;
        }
    }

    /** The current thread's task path, {@code self/task/<tid>}, for {@link #runQueueNanos(String)} from another thread. */
    public static String currentTask() {
        try {
            return "self/task/" + Path.of("/proc").resolve(Files.readSymbolicLink(Path.of("/proc/thread-self"))).getFileName();
        } catch (IOException | RuntimeException unknown) {
            return "thread-self"; // read from another thread this names that thread, which never waited for this one
        }
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
