package workbook.sync;

import java.time.Duration;
import workbook.kit.SimulRules;
import workbook.kit.Timeline;
import workbook.kit.VirtualClock;

/**
 * The synchronous chess simul: the master plays one board from the first move to mate, then
 * sits down at the next board. Played on a {@link VirtualClock}, so twelve hours take milliseconds.
 *
 * <p>SOLUTION: the master waits at the board while the opponent thinks, so every game costs
 * 30 × (5 s + 55 s) = 30 min, and 24 games cost 12 h. The master is idle 55 s out of every
 * 60: this simul is I/O-bound, and that idle time is what lesson 04 gives back.
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
                clock.advance(rules.masterMove());
                clock.advance(rules.opponentMove()); // the master waits at this board for the reply
            }
            game.end();
        }
        return clock.now().minus(start);
    }
    // end::play[]
}
