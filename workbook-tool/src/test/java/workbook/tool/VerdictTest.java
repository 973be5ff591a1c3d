package workbook.tool;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A failure's teaching sentence comes apart from the library's output. */
class VerdictTest {

    private static final Exercise.TestMethod TEST = new Exercise.TestMethod("workbook.sync.GreeterTest", "waits");

    @Test
    void anAssertjDescriptionIsTheSentenceAndTheRestIsDetail() {
        Verdict.Failure failure = new Verdict.Failure(TEST, """
                [greetAfter(1 s) kept a CPU core busy (98 %),
                expected under 10 %: look at [Greeter.greetAfter]] \

                Expecting actual:
                  0.98
                to be less than:
                  0.1""", true, null);

        assertThat(failure.sentence()).isEqualTo("greetAfter(1 s) kept a CPU core busy (98 %),\nexpected under 10 %: look at [Greeter.greetAfter]");
        assertThat(failure.detail()).startsWith("Expecting actual:").endsWith("0.1");
    }

    @Test
    void aMessageOfItsOwnHasNoDetail() {
        Verdict.Failure failure = new Verdict.Failure(TEST, "the three greetings took 9.0 s, expected between 2.80 s and 3.60 s", true, "expected");

        assertThat(failure.sentence()).isEqualTo("the three greetings took 9.0 s, expected between 2.80 s and 3.60 s");
        assertThat(failure.detail()).isEmpty();
        assertThat(failure.goal()).isTrue();
    }

    @Test
    void sentenceThenAwaitilityIsSplitWhereTheLibraryStarts() {
        Verdict.Failure failure = new Verdict.Failure(TEST, """
                the server never accepted the silent client: is the accept loop blocked?
                Condition with alias 'accepted' didn't complete within 2 seconds""", true, null);

        assertThat(failure.sentence()).isEqualTo("the server never accepted the silent client: is the accept loop blocked?");
        assertThat(failure.detail()).startsWith("Condition with alias");
    }

    @Test
    void bareLibraryOutputOrAnExceptionHasNoSentence() {
        assertThat(new Verdict.Failure(TEST, "\nExpecting actual:\n  1\nto be less than:\n  0", true, null).sentence()).isEmpty();
        Verdict.Failure thrown = new Verdict.Failure(TEST, "TimeoutException: waits() timed out after 60 seconds", false, null);
        assertThat(thrown.sentence()).isEmpty();
        assertThat(thrown.detail()).isEqualTo("TimeoutException: waits() timed out after 60 seconds");
    }

    @Test
    void aFailureOpensWithASentenceOnlyWhenItsFirstLineIsTheTestsOwnWords() {
        assertThat(new Verdict.Failure(TEST, "the three greetings took 9.0 s, expected between 2.80 s and 3.60 s", true, null)
                .opensWithASentence()).isTrue();
        assertThat(new Verdict.Failure(TEST, "[greetAfter(1 s) kept a CPU core busy] \nExpecting actual:\n  0.98", true, null)
                .opensWithASentence()).as("an AssertJ description is a sentence").isTrue();
        assertThat(new Verdict.Failure(TEST, "could not judge: the machine is too busy (load 14.2 on 2 cores)", false, null)
                .opensWithASentence()).as("the kit's own words for a busy machine").isTrue();
        for (String bare : java.util.List.of("Expecting actual:\n  [b, a]\nto contain exactly:\n  [a, b]",
                "expected: <1> but was: <2>", "org.opentest4j.AssertionFailedError: expected: <true> but was: <false>",
                "java.util.concurrent.TimeoutException", "AssertionFailedError: boom", "[] \nExpecting actual:\n  1")) {
            assertThat(new Verdict.Failure(TEST, bare, true, null).opensWithASentence()).as(bare).isFalse();
        }
        assertThat(new Verdict.Failure(TEST, "TimeoutException: waits() timed out after 60 seconds", false, null)
                .opensWithASentence()).as("an exception that escaped the test").isFalse();
        assertThat(new Verdict.Failure(TEST, "IllegalStateException: mail server down", false, null)
                .opensWithASentence()).isFalse();
    }

    @Test
    void aVerdictWhoseOnlyFailuresTheMachineCausedIsNotJudgedAndNeverDone() {
        Verdict.Failure busy = new Verdict.Failure(TEST,
                "could not judge: the machine is too busy (load 14.2 on 2 cores): the greetings took 3.7 s", false, "expected");
        Verdict.Failure wrong = new Verdict.Failure(TEST, "the three greetings took 6.0 s, expected between 2.80 s and 3.60 s",
                true, "expected");
        java.time.Duration zero = java.time.Duration.ZERO;

        Verdict onlyBusy = new Verdict(null, java.util.List.of(busy), 1, 3, true, zero, zero);
        Verdict busyAndWrong = new Verdict(null, java.util.List.of(busy, wrong), 1, 3, false, zero, zero);

        assertThat(onlyBusy.notJudged()).isTrue();
        assertThat(onlyBusy.done()).isFalse();
        assertThat(busyAndWrong.notJudged()).as("another test says what is wrong").isFalse();
        assertThat(Verdict.Failure.notJudged("org.opentest4j.TestAbortedException", busy.message())).isTrue();
        assertThat(Verdict.Failure.notJudged("org.opentest4j.TestAbortedException", "Assumption failed")).isFalse();
        Verdict.Failure late = new Verdict.Failure(TEST, """
                the three greetings took 3.9 s, expected between 2.80 s and 3.60 s: are you waiting for each thread?
                (The machine was busy meanwhile: it held the work back about 0.12 s, not enough to explain it; load 31.0.)""",
                true, "expected");
        assertThat(late.lateOnABusyMachine()).isTrue();
        assertThat(wrong.lateOnABusyMachine()).isFalse();
    }
}
