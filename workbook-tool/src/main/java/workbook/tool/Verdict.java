package workbook.tool;

import java.time.Duration;
import java.util.List;

/**
 * What the judge found: whether the code compiled, which goal tests failed and why, and how long
 * compiling and testing took.
 */
public record Verdict(String compileError, List<Failure> failures, int goals, Duration compiling, Duration testing) {

    /** A goal test that failed, with its message (what was measured, what was expected, where to look). */
    public record Failure(Exercise.GoalTest test, String message) {
    }

    public boolean done() {
        return compileError == null && failures.isEmpty() && goals > 0;
    }

    /** The first thing to fix: a compile error, or the first failed goal test's message. */
    public String firstProblem() {
        if (compileError != null) {
            return "does not compile: " + compileError;
        }
        if (goals == 0) {
            return "no goal tests found for this exercise";
        }
        return failures.isEmpty() ? "" : failures.getFirst().test() + ": " + failures.getFirst().message();
    }

    public Duration total() {
        return compiling.plus(testing);
    }
}
