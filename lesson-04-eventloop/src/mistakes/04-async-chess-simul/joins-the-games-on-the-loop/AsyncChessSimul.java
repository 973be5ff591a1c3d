// Mistake: starts every game at once, then join()s them inside the loop's main callback.
// Rejected with: "had not finished"
package workbook.eventloop;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import workbook.kit.SimulRules;
import workbook.kit.VirtualClock;

/**
 * The asynchronous chess simul, played on the {@link EventLoop}. The loop's one thread is the
 * master: his 5 s of thinking hold it (busy time on the {@link VirtualClock}), while an
 * opponent's 55 s are a timer, during which the master is free to play elsewhere.
 *
 * <p>EXERCISE: every move is asynchronous, yet this simul takes twelve hours again. Run
 * {@code ./workbook run 04-async-chess-simul}.
 */
public final class AsyncChessSimul {

    private static final CompletableFuture<Void> OVER = CompletableFuture.completedFuture(null);

    private final VirtualClock clock;
    private final SimulTrace trace;

    /** Plays on {@code clock} and records every move in {@code trace}. */
    public AsyncChessSimul(VirtualClock clock, SimulTrace trace) {
        this.clock = clock;
        this.trace = trace;
    }

    // tag::play[]
    /** Plays every board; returns how much virtual time passed until the master's last move. */
    public Duration play(SimulRules rules) {
        Duration start = clock.now();
        List<CompletableFuture<Void>> games = new ArrayList<>();
        EventLoop.run(clock, loop -> {
            for (int board = 1; board <= rules.boards(); board++) {
                games.add(game(loop, rules, board)); // every game at once
            }
            games.forEach(CompletableFuture::join); // and the simul is over when they all are
        });
        CompletableFuture.allOf(games.toArray(CompletableFuture<?>[]::new)).join(); // all over by now; rethrows a failed game
        return trace.masterDone().minus(start);
    }
    // end::play[]

    // tag::game[]
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
    // end::game[]
}
