package workbook.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import workbook.kit.Primes;

/** Measures CPU time against wall time, so it runs alone. */
@Isolated
class WorkloadTest {

    @Test
    void sleepingIsIoBound() throws Exception {
        Workload.Measurement sleep = Workload.measure("sleep 0.5 s", () -> Thread.sleep(Duration.ofMillis(500)));

        assertThat(sleep.wall()).isGreaterThanOrEqualTo(Duration.ofMillis(500));
        assertThat(sleep.cpuShare()).as("%s", sleep).isLessThan(0.2);
        assertThat(sleep.kind()).isEqualTo(Workload.Kind.IO_BOUND);
    }

    @Test
    void aPrimeSearchIsCpuBound() throws Exception {
        int[] found = new int[1];
        Workload.Measurement search = Workload.measure("primes below 2 000 000",
                () -> found[0] = Primes.countBelow(2_000_000));

        assertThat(found[0]).isEqualTo(148_933); // π(2·10⁶)
        assertThat(search.kind()).as("%s", search).isEqualTo(Workload.Kind.CPU_BOUND);
    }
}
