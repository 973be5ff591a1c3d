package workbook.threads;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import workbook.kit.Primes;

/**
 * Concurrency is not parallelism: N tasks on N threads instead of one. Tasks that compute share
 * the machine's cores, so they speed up at most by the number of cores; tasks that wait overlap
 * their waits, so they speed up by N.
 */
public final class SpeedupTable {

    /** N CPU-bound tasks and N waiting tasks, each run on 1 thread and on N threads. */
    public record Row(int tasks, Duration cpuOnOne, Duration cpuOnN, Duration waitOnOne, Duration waitOnN) {
        public double cpuSpeedup() {
            return (double) cpuOnOne.toNanos() / cpuOnN.toNanos();
        }

        public double waitSpeedup() {
            return (double) waitOnOne.toNanos() / waitOnN.toNanos();
        }

        String line() {
            return String.format(Locale.ROOT, "%5d | %8.2f s %8.2f s   ×%4.1f | %8.2f s %8.2f s   ×%4.1f",
                    tasks, cpuOnOne.toNanos() / 1e9, cpuOnN.toNanos() / 1e9, cpuSpeedup(),
                    waitOnOne.toNanos() / 1e9, waitOnN.toNanos() / 1e9, waitSpeedup());
        }
    }

    /** Work whose result is checked, so the JIT cannot drop it. */
    @FunctionalInterface
    public interface Task {
        void run() throws Exception;
    }

    private SpeedupTable() {
    }

    /** One CPU-bound task: count the primes below {@code limit}. */
    public static Task primeSearch(int limit) {
        int expected = Primes.countBelow(limit);
        return () -> {
            if (Primes.countBelow(limit) != expected) {
                throw new IllegalStateException("the prime search miscounted");
            }
        };
    }

    /** One waiting task: sleep, like a call to a slow server. */
    public static Task waiting(Duration wait) {
        return () -> Thread.sleep(wait);
    }

    // tag::time[]
    /** How long {@code tasks} copies of {@code task} take on {@code threads} platform threads. */
    public static Duration time(int threads, int tasks, Task task) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            long start = System.nanoTime();
            List<Future<Object>> results = IntStream.range(0, tasks)
                    .mapToObj(i -> pool.submit(() -> {
                        task.run();
                        return null;
                    })).toList();
            for (Future<Object> result : results) {
                result.get();
            }
            return Duration.ofNanos(System.nanoTime() - start);
        }
    }
    // end::time[]

    /**
     * The CPU time that {@code tasks} runs of {@code task} take on this thread, the least of three tries: the work
     * itself, which other programs do not change. On a busy machine one thread gets less than a core while N
     * threads get more of the machine's share, so wall time on N threads is compared with this, not with the wall
     * time on one thread, to count the cores that computed at once.
     */
    public static Duration cpuTime(int tasks, Task task) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < tasks; i++) {
                task.run();
            }
            best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
        }
        return Duration.ofNanos(best);
    }

    /**
     * The CPU time that {@code tasks} threads use together, each running {@code task} once, all at once: the same
     * work as on one thread ({@link #cpuTime}), spread over the threads. Threads share out the work, they never
     * shrink it; what they gain comes from more cores computing at once.
     */
    public static Duration cpuOnThreads(int tasks, Task task) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        AtomicLong used = new AtomicLong();
        time(tasks, tasks, () -> {
            long start = threads.getCurrentThreadCpuTime();
            task.run();
            used.addAndGet(threads.getCurrentThreadCpuTime() - start);
        });
        return Duration.ofNanos(used.get());
    }

    /** One row, the best of {@code rounds} for each cell: a busy machine only ever makes a run slower. */
    public static Row measure(int tasks, Task cpu, Task wait, int rounds) throws Exception {
        Duration cpuOnOne = null, cpuOnN = null, waitOnOne = null, waitOnN = null;
        for (int round = 0; round < rounds; round++) {
            cpuOnOne = min(cpuOnOne, time(1, tasks, cpu));
            cpuOnN = min(cpuOnN, time(tasks, tasks, cpu));
            waitOnOne = min(waitOnOne, time(1, tasks, wait));
            waitOnN = min(waitOnN, time(tasks, tasks, wait));
        }
        return new Row(tasks, cpuOnOne, cpuOnN, waitOnOne, waitOnN);
    }

    // tag::run[]
    /** Prints the table for each task count: time on 1 thread, on N threads, and the speed-up. */
    public static List<Row> run(List<Integer> taskCounts, int primeLimit, Duration wait, Consumer<String> out)
            throws Exception {
        Task cpu = primeSearch(primeLimit);
        Task sleep = waiting(wait);
        time(Runtime.getRuntime().availableProcessors(), 8, cpu); // warm up the JIT before measuring
        out.accept(String.format(Locale.ROOT, "%d cores. A CPU-bound task counts the primes below %,d; "
                + "a waiting task sleeps %.2f s.", Runtime.getRuntime().availableProcessors(), primeLimit,
                wait.toNanos() / 1e9));
        out.accept("    N |   CPU-bound: 1 thread, N threads    |   waiting: 1 thread, N threads");
        List<Row> rows = new ArrayList<>();
        for (int tasks : taskCounts) {
            Row row = measure(tasks, cpu, sleep, 2);
            out.accept(row.line());
            rows.add(row);
        }
        return rows;
    }
    // end::run[]

    private static Duration min(Duration best, Duration next) {
        return best == null || next.compareTo(best) < 0 ? next : best;
    }
}
