package workbook.pitfalls;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Slow tests of code in src/main/java, which is the same in both variants: judged once per proof. */
final class OncePerProof {

    private OncePerProof() {
    }

    /** Skips the test while the proof judges the shipped exercise; it already ran against the solution. */
    static void skipWhenJudgingTheExercise() {
        assumeFalse("shipped-exercise".equals(System.getProperty("workbook.judging")),
                "this test only exercises src/main/java, already judged with the solution");
    }
}
