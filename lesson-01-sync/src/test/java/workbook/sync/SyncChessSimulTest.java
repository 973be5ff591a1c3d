package workbook.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.kit.Timing.seconds;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import workbook.kit.Goal;
import workbook.kit.SimulRules;
import workbook.kit.Timeline;
import workbook.kit.Timing;
import workbook.kit.VirtualClock;

class SyncChessSimulTest {

    private final VirtualClock clock = new VirtualClock();
    private final Timeline timeline = Timeline.on(clock::nanos);
    private final SyncChessSimul simul = new SyncChessSimul(clock, timeline);

    @Test
    @Goal(exercise = SyncChessSimul.class, failsBecause = "of virtual time, expected")
    void theTalksSimulTakesTwelveHours() {
        Duration[] took = new Duration[1];
        Timing.of("simulating the talk's simul").shouldTakeBetween(Duration.ZERO, seconds(1))
                .hint("the simul runs on a virtual clock: nothing should really sleep")
                .run(() -> took[0] = simul.play(SimulRules.TALK));

        assertThat(took[0])
                .as("""
                        the synchronous simul took %s of virtual time, expected 12 h \
                        (24 boards × 30 move pairs × (5 s + 55 s)). Playing one board at a time, the \
                        master also sits through every opponent's 55 s: does SyncChessSimul.play let \
                        the clock run while the opponent thinks?""", hours(took[0]))
                .isEqualTo(Duration.ofHours(12));
    }

    @Test
    @Goal(exercise = SyncChessSimul.class, failsBecause = "of virtual time, expected")
    void anyRulesGiveBoardsTimesAFullGame() {
        SimulRules small = new SimulRules(3, 4, Duration.ofSeconds(10), Duration.ofSeconds(20));

        Duration took = simul.play(small);

        Duration expected = Duration.ofSeconds(3 * 4 * (10 + 20));
        assertThat(took)
                .as("3 boards × 4 move pairs × (10 s + 20 s) took %s of virtual time, expected %s: "
                        + "see SyncChessSimul.play", hours(took), hours(expected))
                .isEqualTo(expected);
    }

    @Test
    void boardsArePlayedOneAfterAnother() {
        simul.play(SimulRules.TALK);

        List<Timeline.Span> games = timeline.spans();
        assertThat(games).hasSize(24);
        assertThat(games.getFirst().task()).isEqualTo("board 1");
        for (int i = 1; i < games.size(); i++) {
            assertThat(games.get(i).start()).isEqualTo(games.get(i - 1).end());
        }
    }

    @Test
    void theVirtualClockOnlyMovesForward() {
        clock.advance(Duration.ofMinutes(30));
        assertThat(clock.now()).isEqualTo(Duration.ofMinutes(30));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> clock.advance(Duration.ofSeconds(-1)));
    }

    private static String hours(Duration duration) {
        return "%d h %02d min".formatted(duration.toHours(), duration.toMinutesPart());
    }
}
