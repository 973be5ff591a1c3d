package workbook.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

class ProofExtensionTest {

    /** Stands in for an exercise. */
    static final class Exercise {
    }

    /** Goal tests as a lesson writes them; run only through the test kit below. */
    static final class Sample {
        @Test
        @Goal(exercise = Exercise.class, failsBecause = "took 6 s")
        void failsAsStated() {
            throw new AssertionError("greetings took 6 s, expected 3 s");
        }

        @Test
        @Goal(exercise = Exercise.class, failsBecause = "took 6 s")
        void passes() {
        }

        @Test
        @Goal(exercise = Exercise.class, failsBecause = "took 6 s")
        void failsForAnotherReason() {
            throw new IllegalStateException("null greeter");
        }
    }

    @AfterEach
    void stopJudging() {
        System.clearProperty(ProofExtension.JUDGING);
    }

    @Test
    void inANormalRunGoalTestsAreOrdinaryTests() {
        assertThat(run("failsAsStated").failed().count()).isEqualTo(1);
        assertThat(run("passes").succeeded().count()).isEqualTo(1);
    }

    @Test
    void judgingTheShippedExerciseAFailureForTheStatedReasonPasses() {
        System.setProperty(ProofExtension.JUDGING, ProofExtension.SHIPPED_EXERCISE);

        run("failsAsStated").assertThatEvents().haveExactly(1, event(finishedSuccessfully()));
    }

    @Test
    void judgingTheShippedExerciseAPassingGoalTestFailsNamingTheExercise() {
        System.setProperty(ProofExtension.JUDGING, ProofExtension.SHIPPED_EXERCISE);

        run("passes").assertThatEvents().haveExactly(1, event(finishedWithFailure(message((Predicate<String>) m ->
                m.contains("src/exercise/java/workbook/kit/ProofExtensionTest$Exercise.java no longer fails goal test Sample.passes")))));
    }

    @Test
    void judgingTheShippedExerciseAFailureForAnotherReasonFails() {
        System.setProperty(ProofExtension.JUDGING, ProofExtension.SHIPPED_EXERCISE);

        run("failsForAnotherReason").assertThatEvents().haveExactly(1, event(finishedWithFailure(message((Predicate<String>) m ->
                m.contains("but not for its stated reason") && m.contains("null greeter")))));
    }

    private static Events run(String method) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectMethod(Sample.class, method)).execute().testEvents();
    }
}
