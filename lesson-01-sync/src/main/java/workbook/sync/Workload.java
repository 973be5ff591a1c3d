package workbook.sync;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Locale;

/**
 * I/O-bound or CPU-bound? Run the work and compare the CPU time it used with the time it took.
 *
 * <p>A task is I/O-bound when most of its time is spent waiting (for a disk, a network, a chess
 * opponent); it is CPU-bound when most of its time is spent computing. Only the first kind gets
 * faster by doing many at once on the same cores.
 */
public final class Workload {

    /** How a task spent its time. */
    public enum Kind { IO_BOUND, CPU_BOUND }

    /** One run of a task: its wall-clock time and the CPU time of the thread that ran it. */
    public record Measurement(String task, Duration wall, Duration cpu) {

        /** The share of the wall time spent on a CPU, from 0 (only waiting) to 1 (only computing). */
        public double cpuShare() {
            return wall.isZero() ? 0 : (double) cpu.toNanos() / wall.toNanos();
        }

        // tag::classify[]
        /** Mostly off the CPU is I/O-bound; on a busy machine a computing thread still gets well over a fifth of a core. */
        public Kind kind() {
            return cpuShare() < 0.2 ? Kind.IO_BOUND : Kind.CPU_BOUND;
        }
        // end::classify[]

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: %.2f s of wall time, %.2f s on the CPU (%.0f %%) -> %s",
                    task, wall.toNanos() / 1e9, cpu.toNanos() / 1e9, 100 * cpuShare(), kind());
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

    /** Runs the task on the calling thread and measures it. */
    public static Measurement measure(String name, Task task) throws Exception {
        long cpuBefore = THREADS.getCurrentThreadCpuTime();
        long wallBefore = System.nanoTime();
        task.run();
        long wall = System.nanoTime() - wallBefore;
        long cpu = THREADS.getCurrentThreadCpuTime() - cpuBefore;
        return new Measurement(name, Duration.ofNanos(wall), Duration.ofNanos(cpu));
    }
}
