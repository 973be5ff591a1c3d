package workbook.threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import workbook.kit.Goal;

class HitCounterTest {

    private static final int RUNS = 20;
    private static final int THREADS = 4;
    private static final int HITS_EACH = 25;

    @Test
    @Goal(exercise = HitCounter.class, failsBecause = "lost updates in 20 of 20 runs")
    void noHitIsLostInTwentyRuns() throws InterruptedException {
        List<LostUpdates.Result> lossy = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            LostUpdates.Result result = LostUpdates.run(new HitCounter(), THREADS, HITS_EACH, line -> { });
            if (result.lost() != 0) {
                lossy.add(result);
            }
        }

        assertThat(lossy.size())
                .as("""
                        %d threads × %d hits on one HitCounter lost updates in %d of %d runs \
                        (first: %s), expected none lost: two threads read the same count and both \
                        write it back plus one. Look at HitCounter.increment: can two threads be \
                        between its read and its write at once?""",
                        THREADS, HITS_EACH, lossy.size(), RUNS, lossy.isEmpty() ? "-" : lossy.getFirst())
                .isZero();
    }

    @Test
    void oneThreadAloneCountsEveryHit() throws InterruptedException {
        LostUpdates.Result alone = LostUpdates.run(new HitCounter(), 1, 30, line -> { });

        assertThat(alone.counted()).isEqualTo(30);
        assertThat(alone.lost()).isZero();
    }
}
