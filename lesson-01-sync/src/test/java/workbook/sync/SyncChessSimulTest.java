package workbook.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static workbook.kit.Timing.seconds;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import workbook.kit.Goal;
import workbook.kit.SimulRules;
import workbook.kit.Timeline;
import workbook.kit.Timing;
import workbook.kit.VirtualClock;

/** Judges 01-sync-chess-simul. Virtual time only: every test takes milliseconds, side by side. */
@Execution(ExecutionMode.CONCURRENT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SyncChessSimulTest {

    private final VirtualClock clock = new VirtualClock();
    private final Timeline timeline = Timeline.on(clock::nanos);
    private final SyncChessSimul simul = new SyncChessSimul(clock, timeline);

    /** Simuls of several sizes, so that no number of boards and no move time is special; the last one no test chose. */
    static Stream<SimulRules> rules() {
        return Stream.of(
                new SimulRules(1, 30, Duration.ofSeconds(5), Duration.ofSeconds(55)),
                new SimulRules(3, 4, Duration.ofSeconds(10), Duration.ofSeconds(20)),
                new SimulRules(7, 2, Duration.ofSeconds(40), Duration.ofSeconds(5)),
                new SimulRules(5, 3, Duration.ofMillis(1500), Duration.ofMillis(8250)),
                anyRules());
    }

    /** 1 to 40 boards, 1 to 60 move pairs, moves of 1 s to 2 min and replies of 1 s to 10 min: the test's name shows them. */
    private static SimulRules anyRules() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new SimulRules(random.nextInt(1, 41), random.nextInt(1, 61), Duration.ofMillis(random.nextLong(1_000, 120_001)),
                Duration.ofMillis(random.nextLong(1_000, 600_001)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    @Order(1)
    @Goal(exercise = SyncChessSimul.class, failsBecause = "of virtual time, expected")
    void anySimulTakesItsBoardsTimesAFullGame(SimulRules rules) {
        Duration took = simul.play(rules);

        Duration expected = rules.game().multipliedBy(rules.boards());
        assertThat(took)
                .withFailMessage("%d board%s × %d move pairs × (%s + %s) took %s of virtual time, expected %s%s",
                        rules.boards(), rules.boards() == 1 ? "" : "s", rules.movePairs(), time(rules.masterMove()), time(rules.opponentMove()),
                        time(took), time(expected), diagnose(rules, took))
                .isEqualTo(expected);
    }

    @Test
    @Order(2)
    @Goal(exercise = SyncChessSimul.class, failsBecause = "of virtual time, expected")
    void theTalksSimulTakesTwelveHours() {
        Duration[] took = new Duration[1];
        Timing.of("simulating the talk's simul").shouldWaitAtMost(seconds(1))
                .hint("the simul runs on a virtual clock: nothing should really sleep")
                .run(() -> took[0] = simul.play(SimulRules.TALK));

        assertThat(took[0])
                .withFailMessage("the synchronous simul took %s of virtual time, expected 12 h (24 boards × 30 move pairs "
                        + "× (5 s + 55 s))%s", time(took[0]), diagnose(SimulRules.TALK, took[0]))
                .isEqualTo(Duration.ofHours(12));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    @Order(3)
    @Goal(exercise = SyncChessSimul.class, failsBecause = "on the clock, expected")
    void everyGameIsPlayedInFullOnTheClockOneAfterAnother(SimulRules rules) {
        Duration before = clock.now();
        Duration took = simul.play(rules);
        Duration moved = clock.now().minus(before);

        assertThat(took)
                .withFailMessage("""
                        play returned %s, but the clock moved %s while it played: the simul's time is what \
                        the clock measured while the games were played, not a number worked out beside them. \
                        Look at what SyncChessSimul.play returns.""", time(took), time(moved))
                .isEqualTo(moved);
        List<Timeline.Span> games = timeline.spans();
        List<String> boards = Stream.iterate(1, b -> b + 1).limit(rules.boards()).map(b -> "board " + b).toList();
        assertThat(games).extracting(Timeline.Span::task)
                .withFailMessage("the timeline holds %s, expected one span per board, in board order: %s",
                        games.stream().map(Timeline.Span::task).toList(), boards)
                .containsExactlyElementsOf(boards);
        for (int i = 0; i < games.size(); i++) {
            Timeline.Span game = games.get(i);
            assertThat(game.length())
                    .withFailMessage("""
                            %s's game lasted %s on the clock, expected %s on the clock (%d move pairs × (%s + %s)): \
                            the master sits at this board from the first move to the last, the opponents' \
                            thinking included. Look at where SyncChessSimul.play lets that time pass.""",
                            game.task(), time(game.length()), time(rules.game()), rules.movePairs(),
                            time(rules.masterMove()), time(rules.opponentMove()))
                    .isEqualTo(rules.game());
            Duration previousEnd = i == 0 ? Duration.ZERO : games.get(i - 1).end();
            assertThat(game.start())
                    .withFailMessage("%s began at %s, expected at %s, when the game before it ended\n%s",
                            game.task(), time(game.start()), time(previousEnd), timeline)
                    .isEqualTo(previousEnd);
        }
    }

    @Test
    @Order(4)
    void theVirtualClockOnlyMovesForward() {
        clock.advance(Duration.ofMinutes(30));
        assertThat(clock.now()).isEqualTo(Duration.ofMinutes(30));
        assertThatIllegalArgumentException().isThrownBy(() -> clock.advance(Duration.ofSeconds(-1)));
    }

    /** Names the usual wrong totals, so the message says what the simul forgot. */
    private static String diagnose(SimulRules rules, Duration took) {
        Duration masters = rules.masterMove().multipliedBy((long) rules.boards() * rules.movePairs());
        Duration opponents = rules.opponentMove().multipliedBy((long) rules.boards() * rules.movePairs());
        String where = " Look at SyncChessSimul.play.";
        if (took.equals(masters)) {
            return ": that is only the master's %s of moves; while an opponent thinks, the master waits at the "
                    .formatted(time(masters)) + "board. What does the clock do meanwhile?" + where;
        }
        if (took.equals(opponents)) {
            return ": that is only the opponents' %s of thinking; the master's own moves take time too."
                    .formatted(time(opponents)) + where;
        }
        if (took.equals(SimulRules.TALK.synchronous()) && !rules.equals(SimulRules.TALK)) {
            return ": the talk's 12 h, whatever the rules; the time should come from these rules' boards and "
                    + "moves." + where;
        }
        if (took.compareTo(masters) > 0) {
            return ": the clock did not move by this simul's master move plus this simul's opponent move for "
                    + "every move pair (a time from other rules, or one missing?)." + where;
        }
        return "." + where;
    }

    /** "12 h", "27 min 30 s", "1.500 s": every unit that is not zero, so no rounding hides a difference. */
    private static String time(Duration duration) {
        List<String> parts = new java.util.ArrayList<>();
        if (duration.toHours() > 0) {
            parts.add(duration.toHours() + " h");
        }
        if (duration.toMinutesPart() > 0) {
            parts.add(duration.toMinutesPart() + " min");
        }
        if (duration.toSecondsPart() > 0 || duration.toNanosPart() > 0 || parts.isEmpty()) {
            parts.add(duration.toNanosPart() == 0 ? duration.toSecondsPart() + " s"
                    : new java.math.BigDecimal(duration.toSecondsPart() + "." + "%09d".formatted(duration.toNanosPart()))
                            .stripTrailingZeros().toPlainString() + " s");
        }
        return String.join(" ", parts);
    }
}
