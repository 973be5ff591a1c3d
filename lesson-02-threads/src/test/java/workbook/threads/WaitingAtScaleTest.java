package workbook.threads;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.kit.Timing.seconds;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import workbook.kit.Timing;

/** Starts 10 000 threads against a clock, so it runs alone. */
@Isolated
class WaitingAtScaleTest {

    @Test
    void tenThousandWaitsOfOneSecondTakeAboutOneSecondOnVirtualThreads() {
        WaitingAtScale.onVirtualThreads(10_000, Duration.ofMillis(50)); // warm up: measure waiting, not the JIT
        WaitingAtScale.Run[] run = new WaitingAtScale.Run[1];
        Timing.of("10 000 tasks waiting 1 s each on virtual threads")
                .shouldTakeBetween(seconds(1), seconds(2))
                .hint("every task has a virtual thread of its own, so all 10 000 waits overlap")
                .run(() -> run[0] = WaitingAtScale.onVirtualThreads(10_000, Duration.ofSeconds(1)));

        assertThat(run[0].completed()).isEqualTo(10_000);
    }

    @Test
    void aPoolOfAHundredThreadsWaitsInWaves() {
        // 300 waits of 0.2 s on 100 threads: 3 waves, 0.6 s; the talk's 10 000 × 1 s would be 100 waves, 100 s
        WaitingAtScale.Run[] run = new WaitingAtScale.Run[1];
        Timing.of("300 tasks waiting 0.2 s each on 100 platform threads")
                .shouldTakeBetween(seconds(0.6), seconds(1.2))
                .hint("a pool runs as many tasks at a time as it has threads")
                .run(() -> run[0] = WaitingAtScale.onPlatformPool(100, 300, Duration.ofMillis(200)));

        assertThat(run[0].completed()).isEqualTo(300);
    }
}
