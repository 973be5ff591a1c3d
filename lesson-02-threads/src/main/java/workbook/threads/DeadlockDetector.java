package workbook.threads;

import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Watches some threads until they end, or until the JVM finds them in a deadlock, or until
 * patience runs out: a deadlock is reported within a poll, never waited out.
 *
 * <p>Deadlocked threads cannot be stopped (a thread blocked on a monitor ignores interrupts), so
 * whoever starts them should make them daemon threads, and use fresh locks for every run.
 */
public final class DeadlockDetector {

    /** How the watched threads ended up. */
    public sealed interface Verdict permits Finished, Deadlocked, StillRunning {
        /** Time from the start of the watch until the verdict. */
        Duration after();
    }

    /** Every watched thread ended. */
    public record Finished(Duration after) implements Verdict {
    }

    /** Some watched threads wait for each other's locks, forever; {@code report} names them. */
    public record Deadlocked(Duration after, String report) implements Verdict {
    }

    /** Not all threads ended, and none is deadlocked on a lock; {@code report} says where they are. */
    public record StillRunning(Duration after, String report) implements Verdict {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Duration POLL = Duration.ofMillis(20);

    private DeadlockDetector() {
    }

    // tag::watch[]
    /**
     * Waits for {@code threads} (platform threads: the JVM does not report virtual ones) for at
     * most {@code patience}. {@code locks} are the objects they lock, named by their toString.
     */
    public static Verdict watch(List<Thread> threads, Duration patience, List<?> locks) throws InterruptedException {
        long start = System.nanoTime();
        Set<Long> watched = threads.stream().map(Thread::threadId).collect(Collectors.toSet());
        while (true) {
            Duration after = Duration.ofNanos(System.nanoTime() - start);
            if (threads.stream().noneMatch(Thread::isAlive)) {
                return new Finished(after);
            }
            long[] deadlocked = THREADS.findDeadlockedThreads(); // cycles on monitors and on j.u.c. locks
            long[] ours = deadlocked == null ? new long[0]
                    : Arrays.stream(deadlocked).filter(watched::contains).toArray();
            if (ours.length > 0) {
                return new Deadlocked(after, describe(ours, locks));
            }
            if (after.compareTo(patience) >= 0) {
                return new StillRunning(after, describe(threads.stream().filter(Thread::isAlive)
                        .mapToLong(Thread::threadId).toArray(), locks));
            }
            Thread.sleep(POLL);
        }
    }
    // end::watch[]

    /** One line per thread: what it holds, and what it waits for, held by whom. */
    static String describe(long[] threadIds, List<?> locks) {
        List<String> lines = new ArrayList<>();
        for (ThreadInfo info : THREADS.getThreadInfo(threadIds, true, true)) {
            if (info == null) {
                continue; // ended meanwhile
            }
            List<String> held = new ArrayList<>();
            Arrays.stream(info.getLockedMonitors()).map(lock -> name(lock, locks)).forEach(held::add);
            Arrays.stream(info.getLockedSynchronizers()).map(lock -> name(lock, locks)).forEach(held::add);
            StringBuilder line = new StringBuilder("  \"" + info.getThreadName() + "\" ");
            line.append(held.isEmpty() ? "holds no lock" : "holds " + String.join(" and ", held));
            if (info.getLockInfo() != null) {
                line.append(" and is ").append(info.getThreadState()).append(" waiting for ")
                        .append(name(info.getLockInfo(), locks));
                if (info.getLockOwnerName() != null) {
                    line.append(", held by \"").append(info.getLockOwnerName()).append('"');
                }
            } else {
                line.append(" and is ").append(info.getThreadState());
            }
            lines.add(line.toString());
        }
        return String.join("\n", lines);
    }

    /** The lock's own name when it is one of {@code locks}, else the JVM's "class@hash". */
    private static String name(LockInfo lock, List<?> locks) {
        for (Object known : locks) {
            if (System.identityHashCode(known) == lock.getIdentityHashCode()
                    && known.getClass().getName().equals(lock.getClassName())) {
                return known.toString();
            }
        }
        return lock.toString();
    }
}
