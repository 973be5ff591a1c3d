package workbook.eventloop;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What happened in a simul, move by move, in time on the simul's clock: the master's moves
 * (when he sat down at a board, when he got up) and the opponents' replies.
 */
public final class SimulTrace {

    /** The master at one board for one move, on some thread. */
    public record MasterMove(int board, int pair, Duration start, Duration end, String thread) {
    }

    /** An opponent's reply: from then on the board waits for the master. */
    public record Reply(int board, int pair, Duration at) {
    }

    private final List<MasterMove> moves = new ArrayList<>();
    private final List<Reply> replies = new ArrayList<>();

    public synchronized void masterMoved(int board, int pair, Duration start, Duration end) {
        moves.add(new MasterMove(board, pair, start, end, Thread.currentThread().getName()));
    }

    public synchronized void opponentReplied(int board, int pair, Duration at) {
        replies.add(new Reply(board, pair, at));
    }

    /** The master's moves, in the order he played them. */
    public synchronized List<MasterMove> moves() {
        return moves.stream().sorted(Comparator.comparing(MasterMove::start)).toList();
    }

    public synchronized List<Reply> replies() {
        return List.copyOf(replies);
    }

    /** When the master got up from his last move: the simul's length as the talk counts it. */
    public synchronized Duration masterDone() {
        return moves.stream().map(MasterMove::end).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
    }

    /** When the last reply came in, that is, when the last game ended. */
    public synchronized Duration lastGameOver() {
        return replies.stream().map(Reply::at).max(Comparator.naturalOrder()).orElse(masterDone());
    }

    /** The master's move {@code pair} on {@code board}, if he played it. */
    public synchronized Optional<MasterMove> move(int board, int pair) {
        return moves.stream().filter(m -> m.board() == board && m.pair() == pair).findFirst();
    }

    /** The reply to the master's move {@code pair} on {@code board}, if it came. */
    public synchronized Optional<Reply> reply(int board, int pair) {
        return replies.stream().filter(r -> r.board() == board && r.pair() == pair).findFirst();
    }

    /** From one of the master's moves on board 1 to the next: how long a round of the simul takes. */
    public Duration round(int pair) {
        return move(1, pair + 1).orElseThrow().start().minus(move(1, pair).orElseThrow().start());
    }

    /** Time the master spent between boards with nothing to play. */
    public Duration masterIdle() {
        Duration busy = moves().stream().map(m -> m.end().minus(m.start())).reduce(Duration.ZERO, Duration::plus);
        Duration first = moves().stream().map(MasterMove::start).min(Comparator.naturalOrder()).orElse(Duration.ZERO);
        return masterDone().minus(first).minus(busy);
    }

    /** "1:00:55", hours of a simul the way a clock on the wall shows them. */
    public static String clock(Duration duration) {
        return "%d:%02d:%02d".formatted(duration.toHours(), duration.toMinutesPart(), duration.toSecondsPart());
    }

    /** The same, with the fraction of a second when there is one: for a claim, 1:00:00.7 is not 1:00:00. */
    public static String exactClock(Duration duration) {
        int nanos = duration.toNanosPart();
        return nanos == 0 ? clock(duration) : clock(duration) + ".%09d".formatted(nanos).replaceAll("0+$", "");
    }
}
