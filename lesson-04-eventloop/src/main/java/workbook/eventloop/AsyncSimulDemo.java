package workbook.eventloop;

import static workbook.eventloop.SimulTrace.clock;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import workbook.kit.SimulRules;
import workbook.kit.VirtualClock;

/**
 * The asynchronous simul, played on a virtual clock and told from its trace: the first round
 * move by move, then why a round takes 2 minutes and the simul 1 hour.
 */
public final class AsyncSimulDemo {

    private AsyncSimulDemo() {
    }

    // tag::demo[]
    public static SimulTrace run(SimulRules rules, Consumer<String> out) {
        VirtualClock clock = new VirtualClock();
        SimulTrace trace = new SimulTrace();
        long realStart = System.nanoTime();
        Duration took = new AsyncChessSimul(clock, trace).play(rules);
        double realMillis = (System.nanoTime() - realStart) / 1e6;

        out.accept("%d boards, %d move pairs; the master moves in %d s, each opponent in %d s".formatted(
                rules.boards(), rules.movePairs(), rules.masterMove().toSeconds(), rules.opponentMove().toSeconds()));
        for (SimulTrace.MasterMove move : trace.moves().subList(0, Math.min(trace.moves().size(), rules.boards() + 1))) {
            String waited = trace.reply(move.board(), move.pair() - 1)
                    .map(reply -> " (its reply came at %s: the board waited %s for the master)"
                            .formatted(clock(reply.at()), clock(move.start().minus(reply.at()))))
                    .orElse("");
            out.accept("  %s  master moves on board %d, move %d%s".formatted(clock(move.start()), move.board(), move.pair(), waited));
        }
        if (rules.movePairs() > 1) {
            Duration round = trace.round(1);
            Duration masterRound = rules.masterMove().multipliedBy(rules.boards());
            Duration replyRound = rules.masterMove().plus(rules.opponentMove());
            out.accept("A round, from board 1's first move to its second, took %s of the trace:".formatted(clock(round)));
            out.accept("  the master's own moves: %d × %d s = %s; a reply needs %d s + %d s = %s; the longer one sets the pace"
                    .formatted(rules.boards(), rules.masterMove().toSeconds(), clock(masterRound),
                            rules.masterMove().toSeconds(), rules.opponentMove().toSeconds(), clock(replyRound)));
        }
        out.accept(String.format(Locale.ROOT, "The master's last move ends at %s (simulated in %.0f ms of real time); the master sat idle %s",
                clock(took), realMillis, clock(trace.masterIdle())));
        out.accept("The last game ends with its final reply at %s".formatted(clock(trace.lastGameOver())));
        out.accept("One board after another it would take %s".formatted(clock(rules.synchronous())));
        return trace;
    }
    // end::demo[]
}
