package workbook.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.kit.Timing.seconds;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import workbook.kit.Goal;
import workbook.kit.Timing;

class GreeterTest {

    private final List<String> printed = new CopyOnWriteArrayList<>();
    private final Greeter greeter = new Greeter(printed::add);

    @Test
    void greetsAfterItsDelay() {
        Timing.of("greetAfter(1 s)").shouldTakeBetween(seconds(0.95), seconds(1.5))
                .hint("the greeting should come once the delay is over, not before and not much after")
                .run(() -> greeter.greetAfter(Duration.ofSeconds(1), "Luciano Ramalho"));

        assertThat(printed).containsExactly("Hello Luciano Ramalho 👋");
    }

    @Test
    @Goal(exercise = Greeter.class, failsBecause = "kept a CPU core busy")
    void waitingLeavesTheCoreFree() throws Exception {
        Workload.Measurement greeting = Workload.measure("greetAfter(1 s)",
                () -> greeter.greetAfter(Duration.ofSeconds(1), "Guido van Rossum"));

        assertThat(greeting.cpuShare())
                .as("""
                        greetAfter(1 s) kept a CPU core busy for %.2f s of its %.2f s (%.0f %%), \
                        expected almost none (under 10 %%): a greeting only waits, it is I/O-bound. Look \
                        at Greeter.greetAfter: is it asking the clock over and over instead of letting \
                        the thread sleep?""",
                        greeting.cpu().toNanos() / 1e9, greeting.wall().toNanos() / 1e9, 100 * greeting.cpuShare())
                .isLessThan(0.10);
        assertThat(greeting.kind()).isEqualTo(Workload.Kind.IO_BOUND);
    }
}
