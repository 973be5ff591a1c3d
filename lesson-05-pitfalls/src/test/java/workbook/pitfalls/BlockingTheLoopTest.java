package workbook.pitfalls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import workbook.kit.Timeline;

/** The mistake of pitfall 4 as the chapter shows it: a search on the loop holds a 100 ms timer until it ends. */
@Isolated
class BlockingTheLoopTest {

    private final EventLoop loop = new EventLoop("event-loop");
    private final Timeline timeline = Timeline.startingNow();

    @AfterEach
    void stop() {
        loop.close();
    }

    @Test
    void theMistakeHoldsTheTimerUntilTheSearchIsOver() throws Exception {
        BlockingTheLoop.Race race = BlockingTheLoop.race(loop, limit -> BlockingTheLoop.countOnTheLoop(loop, limit),
                BlockingTheLoop.LIMIT, timeline);

        assertThat(race.count()).isEqualTo(7837); // π(80 000)
        assertThat(race.timerFired()).as("on the loop, the search finishes before the timer can fire\n%s", timeline)
                .isGreaterThanOrEqualTo(race.countArrived());
    }
}
