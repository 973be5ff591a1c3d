package workbook.eventloop;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.eventloop.SimulTrace.clock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import workbook.kit.Goal;
import workbook.kit.SimulRules;
import workbook.kit.Timing;
import workbook.kit.VirtualClock;

class AsyncChessSimulTest {

    private final VirtualClock clock = new VirtualClock();
    private final SimulTrace trace = new SimulTrace();
    private final AsyncChessSimul simul = new AsyncChessSimul(clock, trace);

    @Test
    @Goal(exercise = AsyncChessSimul.class, failsBecause = "of virtual time, expected")
    void theTalksSimulTakesOneHourInsteadOfTwelve() {
        Duration[] took = new Duration[1];
        Timing.of("simulating the talk's asynchronous simul").shouldTakeBetween(Duration.ZERO, Timing.seconds(1))
                .hint("the simul runs on a virtual clock: nothing should really sleep")
                .run(() -> took[0] = simul.play(SimulRules.TALK));

        assertThat(took[0])
                .as("""
                        the master made his last move after %s of virtual time, expected %s: 30 rounds of \
                        24 × 5 s (the last game ended at %s). Does the master wait at a board for each reply? \
                        Look at AsyncChessSimul.play: when does each game start?""",
                        clock(took[0]), clock(Duration.ofHours(1)), clock(trace.lastGameOver()))
                .isEqualTo(Duration.ofHours(1));
        assertThat(SimulRules.TALK.synchronous()).isEqualTo(Duration.ofHours(12));
    }

    @Test
    @Goal(exercise = AsyncChessSimul.class, failsBecause = "expected every round to take")
    void everyRoundTakesTwoMinutesTheMastersOwnMoves() {
        simul.play(SimulRules.TALK);

        List<Duration> rounds = new ArrayList<>();
        for (int pair = 1; pair < SimulRules.TALK.movePairs(); pair++) {
            rounds.add(trace.round(pair));
        }
        Duration expected = SimulRules.TALK.masterMove().multipliedBy(SimulRules.TALK.boards());
        assertThat(rounds)
                .as("the rounds on board 1 took %s, expected every round to take %s (24 boards × 5 s, while a reply "
                        + "needs only 5 s + 55 s): is the master playing the other boards while board 1 thinks? "
                        + "See AsyncChessSimul.play", rounds.stream().map(SimulTrace::clock).distinct().toList(), clock(expected))
                .containsOnly(expected);
        assertThat(trace.masterIdle()).isZero();
    }

    @Test
    @Goal(exercise = AsyncChessSimul.class, failsBecause = "of virtual time, expected")
    void anyRulesGiveRoundsPacedByTheSlowerOfMasterAndReply() {
        for (SimulRules rules : List.of(
                new SimulRules(3, 4, Duration.ofSeconds(10), Duration.ofSeconds(20)),
                new SimulRules(2, 3, Duration.ofSeconds(5), Duration.ofSeconds(55)),
                new SimulRules(10, 5, Duration.ofSeconds(30), Duration.ofSeconds(60)))) {
            SimulTrace trace = new SimulTrace();
            Duration took = new AsyncChessSimul(new VirtualClock(), trace).play(rules);

            Duration masterRound = rules.masterMove().multipliedBy(rules.boards());
            Duration replyRound = rules.masterMove().plus(rules.opponentMove());
            Duration round = masterRound.compareTo(replyRound) >= 0 ? masterRound : replyRound;
            Duration expected = round.multipliedBy(rules.movePairs() - 1).plus(masterRound);
            assertThat(took)
                    .as("%s took %s of virtual time, expected %s: %d rounds of max(%s, %s) and a last round of the "
                            + "master's moves. See AsyncChessSimul.play\n", rules, clock(took), clock(expected),
                            rules.movePairs() - 1, clock(masterRound), clock(replyRound))
                    .isEqualTo(expected);
        }
    }

    @Test
    void theMasterPlaysOneBoardAtATimeOnTheLoopThread() {
        simul.play(new SimulRules(4, 3, Duration.ofSeconds(5), Duration.ofSeconds(55)));

        List<SimulTrace.MasterMove> moves = trace.moves();
        assertThat(moves).hasSize(4 * 3);
        assertThat(moves).extracting(SimulTrace.MasterMove::thread).containsOnly(Thread.currentThread().getName());
        for (int i = 1; i < moves.size(); i++) {
            assertThat(moves.get(i).start()).as("moves never overlap").isGreaterThanOrEqualTo(moves.get(i - 1).end());
        }
        for (SimulTrace.MasterMove move : moves) {
            trace.reply(move.board(), move.pair() - 1).ifPresent(reply ->
                    assertThat(move.start()).as("the master moves only once the reply is in").isGreaterThanOrEqualTo(reply.at()));
        }
    }

    @Test
    void theLastGameEndsWithTheLastReplyOneOpponentMoveAfterTheMastersLastMove() {
        simul.play(SimulRules.TALK);

        assertThat(trace.replies()).hasSize(24 * 30);
        assertThat(trace.lastGameOver()).isEqualTo(trace.masterDone().plus(SimulRules.TALK.opponentMove()));
    }

    @Test
    void theDemoTellsTheSimulFromItsTrace() {
        List<String> printed = new ArrayList<>();

        AsyncSimulDemo.run(SimulRules.TALK, printed::add);

        assertThat(printed.getFirst()).isEqualTo("24 boards, 30 move pairs; the master moves in 5 s, each opponent in 55 s");
        assertThat(printed.get(1)).isEqualTo("  0:00:00  master moves on board 1, move 1");
        assertThat(printed).contains("One board after another it would take 12:00:00");
    }
}
