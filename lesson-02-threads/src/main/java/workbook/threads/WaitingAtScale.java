package workbook.threads;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import workbook.kit.Timeline;

/**
 * Thousands of tasks that only wait: on virtual threads they all wait at once; on a pool of
 * platform threads they wait in waves, as many at a time as the pool has threads.
 */
public final class WaitingAtScale {

    /** One run: how many tasks were given, how many completed, and how long it took. */
    public record Run(String on, int tasks, long completed, Duration took) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d tasks on %s: %s", tasks, on, Timeline.seconds(took));
        }
    }

    private WaitingAtScale() {
    }

    // tag::virtual[]
    /** Each task on a virtual thread of its own. */
    public static Run onVirtualThreads(int tasks, Duration wait) {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            return waitOn(executor, "virtual threads", tasks, wait);
        }
    }
    // end::virtual[]

    /** The tasks share a pool of {@code threads} platform threads. */
    public static Run onPlatformPool(int threads, int tasks, Duration wait) {
        try (ExecutorService executor = Executors.newFixedThreadPool(threads)) {
            return waitOn(executor, "a pool of " + threads + " platform threads", tasks, wait);
        }
    }

    private static Run waitOn(ExecutorService executor, String on, int tasks, Duration wait) {
        LongAdder completed = new LongAdder();
        long start = System.nanoTime();
        for (int i = 0; i < tasks; i++) {
            executor.submit(() -> {
                Thread.sleep(wait); // stands for a network call: the thread waits, the CPU does not
                completed.increment();
                return null;
            });
        }
        executor.close(); // waits until every task is done
        return new Run(on, tasks, completed.sum(), Duration.ofNanos(System.nanoTime() - start));
    }

    // tag::run[]
    /** Prints both runs; the pool runs a smaller batch and the full size is extrapolated. */
    public static void run(int tasks, int poolThreads, int pooledTasks, Duration wait, Consumer<String> out) {
        onVirtualThreads(tasks, Duration.ofMillis(50)); // warm up: measure waiting, not the JIT
        out.accept(String.format(Locale.ROOT, "%,d tasks, each waiting %s:", tasks, Timeline.seconds(wait)));
        Run virtual = onVirtualThreads(tasks, wait);
        out.accept("  " + virtual);
        Run pooled = onPlatformPool(poolThreads, pooledTasks, wait);
        double perTask = pooled.took().toNanos() / 1e9 / pooledTasks;
        out.accept(String.format(Locale.ROOT, "  %s, so %,d would take about %.0f s (%,d waves of %d)",
                pooled, tasks, perTask * tasks, (tasks + poolThreads - 1) / poolThreads, poolThreads));
    }
    // end::run[]
}
