package workbook.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A mistake counts as rejected only with its words, in a verdict that opens with a sentence. */
class CatalogueProofTest {

    private static final Exercise.TestMethod TEST = new Exercise.TestMethod("workbook.pitfalls.LoopGreeterTest", "greets");
    private static final Exercise LOOP_GREETER = new Exercise("05-loop-greeter", "lesson-05-pitfalls",
            "workbook.pitfalls.LoopGreeter", List.of(), List.of(TEST), List.of(TEST.testClass()));
    private static final Mistake LOST = new Mistake(LOOP_GREETER, "returns-a-future-nobody-completes", Path.of("LoopGreeter.java"),
            "returns a future nothing completes", "had not completed");

    private static Verdict failing(String message, boolean assertion) {
        return new Verdict(null, List.of(new Verdict.Failure(TEST, message, assertion, null)), 1, 3, true,
                Duration.ZERO, Duration.ZERO);
    }

    @Test
    void aRejectionInATeachingSentenceWithItsWordsCounts() {
        Verdict verdict = failing("the greeting for Ada (300 ms) had not completed 10 s after greetAfter returned it", true);

        assertThat(CatalogueProof.outcome(LOST, verdict)).isEqualTo(CatalogueProof.Outcome.REJECTED_WITH_ITS_WORDS);
        assertThat(CatalogueProof.bareFirstLine(verdict)).isEmpty();
    }

    @Test
    void aRejectionThatOpensWithABareAssertionOrExceptionDoesNotCountEvenWithItsWords() {
        Verdict thrown = failing("TimeoutException: the greeting had not completed within 10 s", false);
        Verdict bare = failing("\nExpecting actual:\n  \"had not completed\"\nto be null", true);

        assertThat(CatalogueProof.outcome(LOST, thrown)).isEqualTo(CatalogueProof.Outcome.REJECTED_WITHOUT_A_SENTENCE);
        assertThat(CatalogueProof.outcome(LOST, bare)).isEqualTo(CatalogueProof.Outcome.REJECTED_WITHOUT_A_SENTENCE);
        assertThat(CatalogueProof.bareFirstLine(thrown)).hasValueSatisfying(line -> assertThat(line)
                .isEqualTo(TEST + ": TimeoutException: the greeting had not completed within 10 s"));
        assertThat(CatalogueProof.line(LOST, thrown, CatalogueProof.Outcome.REJECTED_WITHOUT_A_SENTENCE))
                .startsWith("✘ ").contains("opens with no sentence", "TimeoutException");
    }

    @Test
    void otherWordsOrADoneVerdictAreJudgedAsBefore() {
        assertThat(CatalogueProof.outcome(LOST, failing("the greeting came after 3 ms, expected after its 300 ms delay", true)))
                .isEqualTo(CatalogueProof.Outcome.REJECTED_FOR_ANOTHER_REASON);
        assertThat(CatalogueProof.outcome(LOST, new Verdict(null, List.of(), 1, 3, false, Duration.ZERO, Duration.ZERO)))
                .isEqualTo(CatalogueProof.Outcome.ACCEPTED);
    }
}
