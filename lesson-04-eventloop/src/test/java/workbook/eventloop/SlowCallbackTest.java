package workbook.eventloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlowCallbackTest {

    @Test
    void aCallbackHoldingTheLoopIsReportedByNameAndDuration() {
        List<SlowCallback> reported = new ArrayList<>();

        EventLoop.run(loop -> {
            loop.reportSlowCallbacks(Duration.ofMillis(100), reported::add);
            loop.execute("quick", () -> { });
            loop.setTimeout("busy for 0.2 s", Duration.ZERO, () -> busy(Duration.ofMillis(200)));
        });

        assertThat(reported).hasSize(1);
        assertThat(reported.getFirst().name()).isEqualTo("busy for 0.2 s");
        assertThat(reported.getFirst().took()).isBetween(Duration.ofMillis(200), Duration.ofSeconds(3));
        assertThat(reported.getFirst().message()).startsWith("Executing busy for 0.2 s took 0.");
    }

    @Test
    void findPrimesDelaysATimerAndIsNamedInTheWarning() {
        List<String> printed = new ArrayList<>();

        SlowCallbackDemo.run(2_000_000, printed::add);

        assertThat(printed).hasSize(3);
        assertThat(printed.get(0)).isEqualTo("primes below 2000000: 148933");
        assertThat(printed.get(1)).startsWith("WARNING Executing find_primes(2000000) took ");
        assertThat(printed.get(2)).startsWith("tick: due after 0.05 s, ran after ");
        double tookSeconds = Double.parseDouble(printed.get(1).replaceAll(".* took ([0-9.]+) seconds.*", "$1"));
        double tickSeconds = Double.parseDouble(printed.get(2).replaceAll(".* ran after ([0-9.]+) s", "$1"));
        assertThat(tickSeconds).as("the tick waits for the prime search: %s", printed).isGreaterThanOrEqualTo(tookSeconds - 0.01);
    }

    private static void busy(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
