// Mistake: plays the boards in two chains, odd and even, so that the master has one board to play while the other thinks.
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
            CompletableFuture<Void> odd = OVER;
            CompletableFuture<Void> even = OVER;
            for (int board = 1; board <= rules.boards(); board++) {
                int next = board;
                if (board % 2 == 1) { // two boards at a time: the master plays one while the other thinks
                    odd = odd.thenCompose(over -> game(loop, rules, next));
                    games.add(odd);
                } else {
                    even = even.thenCompose(over -> game(loop, rules, next));
                    games.add(even);
                }
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
        Duration replyAt = clock.now().plus(rules.opponentMove());
        return loop.sleep(rules.opponentMove()) // the opponent thinks: the loop is free
                .thenComposeAsync(replied -> {
                    trace.opponentReplied(board, pair, replyAt);
                    return pair == rules.movePairs() ? OVER : movePair(loop, rules, board, pair + 1);
                }, loop.microtasks());
    }
}
