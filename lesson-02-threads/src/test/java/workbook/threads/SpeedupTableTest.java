package workbook.threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
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

        SpeedupTable.Row row = SpeedupTable.measure(tasks, cpu, SpeedupTable.waiting(Duration.ofMillis(100)), 3);

        assertThat(row.cpuSpeedup())
                .as("%d prime searches on %d threads instead of 1 ran ×%.1f faster, expected at most about ×%d: "
                        + "there are only %d cores to compute on (%s)", tasks, tasks, row.cpuSpeedup(), CORES, CORES, row)
                .isBetween(0.5, CORES * 1.6);
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
