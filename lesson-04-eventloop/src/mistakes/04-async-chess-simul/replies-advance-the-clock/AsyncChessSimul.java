// Mistake: starts every game at once, but lets the reply's time pass with clock.advance, which holds the loop as the master's thinking does.
// Rejected with: "of virtual time, expected"
package workbook.eventloop;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import workbook.kit.SimulRules;
import workbook.kit.VirtualClock;

/** The chess simul on the hand-built loop: the master plays while the opponents think. */
public final class AsyncChessSimul {

    private static final CompletableFuture<Void> OVER = CompletableFuture.completedFuture(null);

    private final VirtualClock clock;
    private final SimulTrace trace;

    /** Plays on {@code clock} and records every move in {@code trace}. */
    public AsyncChessSimul(VirtualClock clock, SimulTrace trace) {
        this.clock = clock;
        this.trace = trace;
    }

    /** Plays every board; returns how much virtual time passed until the master's last move. */
    public Duration play(SimulRules rules) {
        Duration start = clock.now();
        List<CompletableFuture<Void>> games = new ArrayList<>();
        EventLoop.run(clock, loop -> {
            for (int board = 1; board <= rules.boards(); board++) {
                games.add(game(loop, rules, board)); // runs to its first wait, then the master moves on
            }
        });
        CompletableFuture.allOf(games.toArray(CompletableFuture<?>[]::new)).join(); // all over by now; rethrows a failed game
        return trace.masterDone().minus(start);
    }

    /** One board as an async function: move, await the reply, move again... */
    private CompletableFuture<Void> game(EventLoop loop, SimulRules rules, int board) {
        return movePair(loop, rules, board, 1);
    }

    private CompletableFuture<Void> movePair(EventLoop loop, SimulRules rules, int board, int pair) {
        Duration sitDown = clock.now();
        clock.advance(rules.masterMove()); // the master thinks: the loop is busy, every other board waits
        trace.masterMoved(board, pair, sitDown, clock.now());
        clock.advance(rules.opponentMove()); // the opponent thinks
        trace.opponentReplied(board, pair, clock.now());
        return pair == rules.movePairs() ? OVER : movePair(loop, rules, board, pair + 1);
    }
}
