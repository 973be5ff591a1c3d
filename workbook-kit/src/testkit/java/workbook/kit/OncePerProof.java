package workbook.kit;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The proof's once-per-run guard, for slow tests of given code ({@code src/main/java}, the same in both
 * variants): the proof runs them against the solution and skips them while it judges the shipped
 * exercise, where they would only repeat themselves.
 */
public final class OncePerProof {

    private OncePerProof() {
    }

    /** Skips the calling test while the proof judges the shipped exercise; it already ran with the solution. */
    public static void skipWhenJudgingTheExercise() {
        assumeFalse(ProofExtension.judgingShippedExercise(),
                "this test only exercises src/main/java, already judged with the solution");
    }
}
