package workbook.eventloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import workbook.kit.VirtualClock;

/** The timer rules Node follows, checked on the hand-built loop: both must print the same order. */
@Execution(ExecutionMode.CONCURRENT) // virtual time, a loop of its own per test
class NodeTimerRulesTest {

    @Test
    void aZeroDelayIsOneMillisecondSoItFiresAfterAOneMillisecondTimerSetBeforeIt() {
        List<String> printed = new ArrayList<>();
        VirtualClock clock = new VirtualClock();
        List<Duration> firedAt = new ArrayList<>();

        EventLoop.run(clock, loop -> {
            loop.setTimeout(Duration.ofMillis(1), () -> printed.add("timeout 1 ms"));
            loop.setTimeout(Duration.ZERO, () -> {
                printed.add("timeout 0 ms");
                firedAt.add(clock.now());
            });
        });

        assertThat(printed)
                .as("setTimeout(1 ms) then setTimeout(0) printed %s; node prints the 1 ms timer first, because it "
                        + "turns a 0 delay into 1 ms and equal delays keep the order they were set in", printed)
                .containsExactly("timeout 1 ms", "timeout 0 ms");
        assertThat(firedAt).containsExactly(EventLoop.MINIMUM_DELAY);
    }

    @Test
    void aZeroSleepStillWaitsForTheNextTurn() {
        List<String> printed = new ArrayList<>();

        EventLoop.run(new VirtualClock(), loop -> {
            loop.sleep(Duration.ZERO).thenRunAsync(() -> printed.add("after sleep(0)"), loop.microtasks());
            loop.queueMicrotask(() -> printed.add("microtask"));
            printed.add("main");
        });

        assertThat(printed).containsExactly("main", "microtask", "after sleep(0)");
    }
}
