// Mistake: lets the opponent's time pass in place of the master's, not as well as it.
// Rejected with: "only the opponents'"
package workbook.sync;

import java.time.Duration;
import workbook.kit.SimulRules;
import workbook.kit.Timeline;
import workbook.kit.VirtualClock;

/**
 * The synchronous chess simul: the master plays one board from the first move to mate, then
 * sits down at the next board. Played on a {@link VirtualClock}, so twelve hours take milliseconds.
 *
 * <p>EXERCISE: this simul finishes far too early. Run {@code ./workbook run 01-sync-chess-simul}
 * and read what {@code SyncChessSimulTest} measured.
 */
public final class SyncChessSimul {

    private final VirtualClock clock;
    private final Timeline timeline;

    /** Records one span per game on {@code timeline}, which should run on {@code clock}. */
    public SyncChessSimul(VirtualClock clock, Timeline timeline) {
        this.clock = clock;
        this.timeline = timeline;
    }

    // tag::play[]
    /** Plays every board, one after another; returns how much (virtual) time the simul took. */
    public Duration play(SimulRules rules) {
        Duration start = clock.now();
        for (int board = 1; board <= rules.boards(); board++) {
            Timeline.Running game = timeline.begin("board " + board);
            for (int move = 1; move <= rules.movePairs(); move++) {
                clock.advance(rules.opponentMove()); // the master waits at the board for the reply
            }
            game.end();
        }
        return clock.now().minus(start);
    }
    // end::play[]
}
