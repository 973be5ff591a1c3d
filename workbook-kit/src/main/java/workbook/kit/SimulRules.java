package workbook.kit;

import java.time.Duration;

/**
 * The talk's chess simul: one master against many boards, played one by one (lesson 01) or
 * round-robin (lesson 04).
 *
 * @param boards       opponents, one board each
 * @param movePairs    moves per game, counting the master's move and the reply as one pair
 * @param masterMove   how long the master thinks per move
 * @param opponentMove how long an opponent thinks per move
 */
public record SimulRules(int boards, int movePairs, Duration masterMove, Duration opponentMove) {

    /** The talk's simul: 24 boards, 30 move pairs, the master in 5 s, each opponent in 55 s. */
    public static final SimulRules TALK = new SimulRules(24, 30, Duration.ofSeconds(5), Duration.ofSeconds(55));

    public SimulRules {
        if (boards < 1 || movePairs < 1 || masterMove.isNegative() || opponentMove.isNegative()) {
            throw new IllegalArgumentException("a simul needs boards, moves and non-negative move times");
        }
    }

    /** One game, start to end: 30 × (5 s + 55 s) = 30 min with the talk's numbers. */
    public Duration game() {
        return masterMove.plus(opponentMove).multipliedBy(movePairs);
    }

    /** Playing one board after another: every game in full, 24 × 30 min = 12 h. */
    public Duration synchronous() {
        return game().multipliedBy(boards);
    }
}
