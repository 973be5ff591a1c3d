package workbook.threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import workbook.kit.MachineLoad;
import workbook.kit.Primes;

/** Measures how computing speeds up on the cores, so it needs the machine to itself. */
@Isolated
class SpeedupTableTest {

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    @Test
    void computingSpeedsUpAtMostByTheCoresWaitingByTheThreads() throws Exception {
        int tasks = Math.min(4 * CORES, 64); // more threads than cores, so the two shapes part
        SpeedupTable.Task cpu = SpeedupTable.primeSearch(300_000);
        SpeedupTable.time(CORES, 2 * CORES, cpu); // warm up the JIT before measuring

        SpeedupTable.Row row;
        Duration heldBack;
        String machine;
        try (MachineLoad load = MachineLoad.probe(Duration.ofMillis(10))) {
            row = SpeedupTable.measure(tasks, cpu, SpeedupTable.waiting(Duration.ofMillis(100)), 3);
            heldBack = load.worstLateness();
            machine = load.describe();
        }
        // The work in CPU seconds, which a busy machine does not change; on one thread, its wall time is the same
        // when the machine is free. Busy, one thread gets less than a core while N threads get more of the
        // machine's share: the wall-time ratio then says more about the other programs than about the cores.
        long work = SpeedupTable.cpuTime(tasks, cpu).toNanos();
        double coresUsed = (double) work / row.cpuOnN().toNanos();
        long spread = SpeedupTable.cpuOnThreads(tasks, cpu).toNanos();

        assertThat(coresUsed)
                .as("%d prime searches (%.2f s of CPU) on %d threads took %.2f s: ×%.1f faster than their CPU time, "
                        + "expected at most about ×%d: there are only %d cores to compute on (%s)", tasks, work / 1e9,
                        tasks, row.cpuOnN().toNanos() / 1e9, coresUsed, CORES, CORES, row)
                .isLessThanOrEqualTo(CORES * 1.15);
        // The other side in CPU time, which a busy machine does not stretch: the threads share the work, they do
        // not shrink it, so whatever they gain comes from computing on more cores at once, never from less work.
        assertThat((double) spread / work)
                .as("%d prime searches on %d threads used %.2f s of CPU together, on one thread %.2f s: expected the "
                        + "same work, spread over the threads (×0.8 to ×1.5)", tasks, tasks, spread / 1e9, work / 1e9)
                .isBetween(0.8, 1.5);
        // Waiting threads wake late on a busy machine: the best of three rounds still 0.1 s over is the machine's doing
        // when a thread of this JVM was held back as long, and then nothing can be said about the waits.
        Duration overrun = row.waitOnN().minus(Duration.ofMillis(100));
        if (row.waitSpeedup() < 0.6 * tasks && overrun.compareTo(heldBack) <= 0) {
            throw MachineLoad.tooBusy("%d waits of 0.1 s on %d threads took %d ms at best, and meanwhile %s".formatted(
                    tasks, tasks, row.waitOnN().toMillis(), machine));
        }
        assertThat(row.waitSpeedup())
                .as("%d waits of 0.1 s on %d threads instead of 1 ran ×%.1f faster, expected about ×%d: "
                        + "waiting threads need no core (%s)", tasks, tasks, row.waitSpeedup(), tasks, row)
                .isBetween(0.6 * tasks, 1.05 * tasks);
    }

    @Test
    void aPrimeSearchChecksItsCount() throws Exception {
        assertThat(Primes.countBelow(1000)).isEqualTo(168);
        SpeedupTable.primeSearch(10_000).run(); // throws if the count drifted
    }
}
