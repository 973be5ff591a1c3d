package workbook.sync;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;

/**
 * I/O-bound or CPU-bound? Run the work, and look at its thread every few milliseconds: is it computing
 * (running, or ready to run and waiting for a core), or waiting for something? The CPU time it used is
 * measured too, but on a busy machine a computing thread gets only part of a core: what it was trying
 * to do is the sturdier sign.
 *
 * <p>A task is I/O-bound when most of its time is spent waiting (for a disk, a network, a chess
 * opponent); it is CPU-bound when most of its time is spent computing. Only the first kind gets
 * faster by doing many at once on the same cores.
 */
public final class Workload {

    /** How a task spent its time. */
    public enum Kind { IO_BOUND, CPU_BOUND }

    /**
     * One run of a task: its wall-clock time, the CPU time of the thread that ran it, and the share of
     * the looks at that thread that found it runnable (computing, or ready to and waiting for a core).
     */
    public record Measurement(String task, Duration wall, Duration cpu, double runnableShare) {

        /** The share of the wall time spent on a CPU, from 0 (only waiting) to 1 (only computing). */
        public double cpuShare() {
            return wall.isZero() ? 0 : (double) cpu.toNanos() / wall.toNanos();
        }

        // tag::classify[]
        /** Runnable most of the time is CPU-bound, however busy the machine; asleep or parked most of the time is I/O-bound. */
        public Kind kind() {
            return runnableShare < 0.5 ? Kind.IO_BOUND : Kind.CPU_BOUND;
        }
        // end::classify[]

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: %.2f s of wall time, %.2f s on the CPU (%.0f %%), runnable %.0f %% of the time -> %s",
                    task, wall.toNanos() / 1e9, cpu.toNanos() / 1e9, 100 * cpuShare(), 100 * runnableShare, kind());
        }
    }

    /** Something to measure that may throw, such as a greeting that sleeps. */
    @FunctionalInterface
    public interface Task {
        void run() throws Exception;
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Workload() {
    }

    /** Runs the task on the calling thread and measures it, looking at the thread every 2 ms meanwhile. */
    public static Measurement measure(String name, Task task) throws Exception {
        Thread worker = Thread.currentThread();
        int[] looks = new int[2]; // [looks, runnable]
        Thread sampler = Thread.ofPlatform().name("workload-sampler").daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                looks[0]++;
                looks[1] += worker.getState() == Thread.State.RUNNABLE ? 1 : 0;
                LockSupport.parkNanos(2_000_000);
            }
        });
        long cpuBefore = THREADS.getCurrentThreadCpuTime();
        long wallBefore = System.nanoTime();
        try {
            task.run();
        } finally {
            sampler.interrupt();
        }
        long wall = System.nanoTime() - wallBefore;
        long cpu = THREADS.getCurrentThreadCpuTime() - cpuBefore;
        sampler.join();
        double runnable = looks[0] == 0 ? 0 : (double) looks[1] / looks[0];
        return new Measurement(name, Duration.ofNanos(wall), Duration.ofNanos(cpu), runnable);
    }
}
