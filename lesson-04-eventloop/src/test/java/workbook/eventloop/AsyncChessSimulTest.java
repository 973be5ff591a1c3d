package workbook.eventloop;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.eventloop.SimulTrace.exactClock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import workbook.kit.Goal;
import workbook.kit.SimulRules;
import workbook.kit.Timing;
import workbook.kit.VirtualClock;

@Execution(ExecutionMode.CONCURRENT) // virtual time: each test has its own clock, trace and loop
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the first failure is the one that names the mistake
class AsyncChessSimulTest {

    private static final String PLAYER = "simul-player";

    private final VirtualClock clock = new VirtualClock();
    private final SimulTrace trace = new SimulTrace();
    private final AsyncChessSimul simul = new AsyncChessSimul(clock, trace);

    @Test
    @Order(1)
    void theMasterPlaysOneBoardAtATimeAndOnlyOnceTheReplyIsIn() {
        play(simul, new SimulRules(4, 3, Duration.ofSeconds(5), Duration.ofSeconds(55)));

        List<SimulTrace.MasterMove> moves = trace.moves();
        assertThat(moves).as("the master's moves on 4 boards × 3 move pairs").hasSize(4 * 3);
        assertThat(moves).extracting(SimulTrace.MasterMove::thread)
                .as("the threads the master moved on: the loop runs on the thread that calls play()")
                .containsOnly(PLAYER);
        for (int i = 1; i < moves.size(); i++) {
            SimulTrace.MasterMove before = moves.get(i - 1);
            SimulTrace.MasterMove move = moves.get(i);
            assertThat(move.start())
                    .as("""
                            the master's moves on board %d (%s–%s) and board %d (%s–%s) overlap, expected one move at \
                            a time: the master is one person, and his 5 s of thinking hold the loop (busy time on the \
                            clock); only the opponents' replies are waits. Look at AsyncChessSimul.movePair""",
                            before.board(), exactClock(before.start()), exactClock(before.end()),
                            move.board(), exactClock(move.start()), exactClock(move.end()))
                    .isGreaterThanOrEqualTo(before.end());
            assertThat(move.end().minus(move.start())).as("the master's thinking time for each move")
                    .isEqualTo(Duration.ofSeconds(5));
        }
        for (SimulTrace.MasterMove move : moves) {
            trace.reply(move.board(), move.pair() - 1).ifPresent(reply -> assertThat(move.start())
                    .as("the master moved on board %d at %s, before its reply to his previous move came (at %s)",
                            move.board(), exactClock(move.start()), exactClock(reply.at()))
                    .isGreaterThanOrEqualTo(reply.at()));
        }
    }

    @Test
    @Order(2)
    @Goal(exercise = AsyncChessSimul.class, failsBecause = "of virtual time, expected")
    void theTalksSimulTakesOneHourInsteadOfTwelve() {
        Duration[] took = new Duration[1];
        Timing.of("simulating the talk's asynchronous simul").shouldWaitAtMost(Timing.seconds(1))
                .hint("the simul runs on a virtual clock: nothing should really sleep")
                .run(() -> took[0] = simul.play(SimulRules.TALK)); // on the timed thread: its own waiting is measured

        assertThat(took[0])
                .as("""
                        the master made his last move after %s of virtual time, expected %s: 30 rounds of \
                        24 × 5 s (the last game ended at %s). Does the master wait at a board for each reply? \
                        Look at AsyncChessSimul.play: when does each game start?""",
                        exactClock(took[0]), exactClock(Duration.ofHours(1)), exactClock(trace.lastGameOver()))
                .isEqualTo(Duration.ofHours(1));
        assertThat(SimulRules.TALK.synchronous()).isEqualTo(Duration.ofHours(12));
    }

    @Test
    @Order(3)
    @Goal(exercise = AsyncChessSimul.class, failsBecause = "expected every round to take")
    void everyRoundTakesTwoMinutesTheMastersOwnMoves() {
        play(simul, SimulRules.TALK);

        List<Duration> rounds = new ArrayList<>();
        for (int pair = 1; pair < SimulRules.TALK.movePairs(); pair++) {
            rounds.add(trace.round(pair));
        }
        Duration expected = SimulRules.TALK.masterMove().multipliedBy(SimulRules.TALK.boards());
        assertThat(rounds)
                .as("the rounds on board 1 took %s, expected every round to take %s (24 boards × 5 s, while a reply "
                        + "needs only 5 s + 55 s): is the master playing the other boards while board 1 thinks? "
                        + "See AsyncChessSimul.play", rounds.stream().map(SimulTrace::exactClock).distinct().toList(), exactClock(expected))
                .containsOnly(expected);
        assertThat(trace.masterIdle())
                .as("the time the master sat idle, waiting for a reply while another board was free to play: %s",
                        exactClock(trace.masterIdle()))
                .isZero();
    }

    @Test
    @Order(4)
    @Goal(exercise = AsyncChessSimul.class, failsBecause = "of virtual time, expected")
    void anyRulesGiveRoundsPacedByTheSlowerOfMasterAndReply() {
        for (SimulRules rules : List.of(
                new SimulRules(3, 4, Duration.ofSeconds(10), Duration.ofSeconds(20)),
                new SimulRules(2, 3, Duration.ofSeconds(5), Duration.ofSeconds(55)),
                new SimulRules(10, 5, Duration.ofSeconds(30), Duration.ofSeconds(60)))) {
            SimulTrace trace = new SimulTrace();
            Duration took = play(new AsyncChessSimul(new VirtualClock(), trace), rules);

            Duration masterRound = rules.masterMove().multipliedBy(rules.boards());
            Duration replyRound = rules.masterMove().plus(rules.opponentMove());
            Duration round = masterRound.compareTo(replyRound) >= 0 ? masterRound : replyRound;
            Duration expected = round.multipliedBy(rules.movePairs() - 1).plus(masterRound);
            assertThat(took)
                    .as("%s took %s of virtual time, expected %s: %d rounds of max(%s, %s) and a last round of the "
                            + "master's moves. See AsyncChessSimul.play\n", rules, exactClock(took), exactClock(expected),
                            rules.movePairs() - 1, exactClock(masterRound), exactClock(replyRound))
                    .isEqualTo(expected);
        }
    }

    @Test
    @Order(5)
    void theLastGameEndsWithTheLastReplyOneOpponentMoveAfterTheMastersLastMove() {
        play(simul, SimulRules.TALK);

        assertThat(trace.replies()).as("the opponents' replies").hasSize(24 * 30);
        assertThat(trace.lastGameOver()).isEqualTo(trace.masterDone().plus(SimulRules.TALK.opponentMove()));
    }

    @Test
    @Order(6)
    void theDemoTellsTheSimulFromItsTrace() {
        List<String> printed = new ArrayList<>();

        AsyncSimulDemo.run(SimulRules.TALK, printed::add);

        assertThat(printed.getFirst()).isEqualTo("24 boards, 30 move pairs; the master moves in 5 s, each opponent in 55 s");
        assertThat(printed.get(1)).isEqualTo("  0:00:00  master moves on board 1, move 1");
        assertThat(printed).contains("One board after another it would take 12:00:00");
    }

    /**
     * Plays on a thread of its own and gives up after 5 s of real time (the whole simul takes
     * milliseconds of it): a loop whose only thread waits for a future never ends by itself.
     */
    private static Duration play(AsyncChessSimul simul, SimulRules rules) {
        CompletableFuture<Duration> took = new CompletableFuture<>();
        Thread player = Thread.ofPlatform().name(PLAYER).daemon().start(() -> {
            try {
                took.complete(simul.play(rules));
            } catch (Throwable failed) {
                took.completeExceptionally(failed);
            }
        });
        try {
            return took.get(5, TimeUnit.SECONDS);
        } catch (TimeoutException stuck) {
            String stack = Arrays.stream(player.getStackTrace()).limit(12).map(frame -> "    at " + frame)
                    .collect(Collectors.joining("\n"));
            throw new AssertionError("""
                    the simul (%s) had not finished after 5 s of real time, expected milliseconds: it runs on a \
                    virtual clock, where nothing really waits. The loop's only thread is stuck here; is it waiting \
                    for a future that only the loop itself can complete?
                    %s""".formatted(rules, stack));
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw new AssertionError(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while the simul played", interrupted);
        }
    }
}
