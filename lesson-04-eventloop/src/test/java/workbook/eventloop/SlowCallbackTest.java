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

        // the quick one is named only if a busy machine held the loop thread 0.1 s in the middle of it
        assertThat(reported).extracting(SlowCallback::name).contains("busy for 0.2 s").isSubsetOf("busy for 0.2 s", "quick");
        reported.removeIf(slow -> slow.name().equals("quick"));
        assertThat(reported.getFirst().name()).isEqualTo("busy for 0.2 s");
        assertThat(reported.getFirst().took()).isBetween(Duration.ofMillis(200), Duration.ofSeconds(3));
        assertThat(reported.getFirst().message()).startsWith("Executing busy for 0.2 s took 0.");
    }

    @Test
    void findPrimesDelaysATimerAndIsNamedInTheWarning() {
        List<String> printed = new ArrayList<>();

        SlowCallbackDemo.run(2_000_000, printed::add);

        // On a busy machine another callback may hold the loop 0.1 s too, and be named: a warning of its own.
        List<String> said = printed.stream().filter(line -> !line.startsWith("WARNING") || line.contains("find_primes")).toList();
        assertThat(said).hasSize(3);
        assertThat(said.get(0)).isEqualTo("primes below 2000000: 148933");
        assertThat(said.get(1)).startsWith("WARNING Executing find_primes(2000000) took ");
        assertThat(said.get(2)).startsWith("tick: due after 0.05 s, ran after ");
        double tookSeconds = Double.parseDouble(said.get(1).replaceAll(".* took ([0-9.]+) seconds.*", "$1"));
        double tickSeconds = Double.parseDouble(said.get(2).replaceAll(".* ran after ([0-9.]+) s", "$1"));
        assertThat(tickSeconds).as("the tick waits for the prime search: %s", printed).isGreaterThanOrEqualTo(tookSeconds - 0.01);
    }

    private static void busy(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
