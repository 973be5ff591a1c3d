package workbook.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The judge runs every test of an exercise's test classes, on any source put in place of the attendee's file. */
@Timeout(value = 5, unit = TimeUnit.MINUTES) // each test compiles a lesson of its own: minutes on a busy machine, never a hang
class JudgeTest {

    private static final String GREETER = "lesson-01-sync/src/exercise/java/workbook/sync/Greeter.java";

    @TempDir
    Path dir;
    private Sandbox sandbox;
    private Catalog catalog;

    @BeforeEach
    void cloneTheWorkbook() throws Exception {
        sandbox = new Sandbox(dir);
        catalog = Catalog.load(sandbox.root);
    }

    @Test
    void theSolutionInPlaceOfTheExerciseIsDoneAndTheWorkingCopyIsUntouched() throws Exception {
        Exercise greeter = catalog.find("01-greeter").orElseThrow();
        byte[] before = Files.readAllBytes(sandbox.file(GREETER));
        List<String> events = new CopyOnWriteArrayList<>();

        Verdict verdict = new Judge(sandbox.root).judge(greeter, sandbox.file(greeter.solution().toString()),
                Judge.Scope.EVERY_TEST, recording(events));

        Assumptions.assumeFalse(verdict.notJudged(), verdict::firstProblem); // a machine too busy to time the greetings
        assertThat(verdict.done()).as(verdict.firstProblem()).isTrue();
        assertThat(verdict.tests()).as("every test of GreeterTest, not only its goal tests").isGreaterThan(greeter.goals().size());
        assertThat(Files.readAllBytes(sandbox.file(GREETER))).isEqualTo(before);
        assertThat(events.getFirst()).isEqualTo("judging 01-greeter");
        String goal = greeter.goals().getFirst().toString();
        assertThat(events).contains("started " + goal, "finished " + goal + " passed");
        assertThat(events.get(1)).as("the tests found come before any starts").startsWith("found ");
    }

    @Test
    void theShippedExerciseFailsItsGoalTestsForTheirStatedReasons() throws Exception {
        // The simul runs on virtual time: its verdict does not depend on the machine's load.
        Exercise simul = catalog.find("01-sync-chess-simul").orElseThrow();

        Verdict verdict = new Judge(sandbox.root).judge(simul, sandbox.file(simul.file().toString()), Judge.Scope.EVERY_TEST, Judge.Listener.NONE);

        assertThat(verdict.done()).isFalse();
        assertThat(CatalogueProof.shippedProblems(simul, verdict)).isEmpty();
        assertThat(verdict.failures()).allSatisfy(f -> assertThat(f.goal()).isTrue())
                .extracting(Verdict.Failure::test).containsAll(simul.goals());
    }

    @Test
    void aNonGoalTestFailingIsNoDone() throws Exception {
        Exercise greeter = catalog.find("01-greeter").orElseThrow();
        // The right wait, but the greeting says something else: a goal test may pass, another test must not.
        Path wrongWords = dir.resolve("elsewhere/Greeter.java");
        Files.createDirectories(wrongWords.getParent());
        Files.writeString(wrongWords, Files.readString(sandbox.file(greeter.solution().toString()))
                .replace("out.accept(new Greeting(delay, person).message());", "out.accept(\"Hi \" + person);"));

        Verdict verdict = new Judge(sandbox.root).judge(greeter, wrongWords, Judge.Scope.EVERY_TEST, Judge.Listener.NONE);

        assertThat(verdict.done()).isFalse();
        // on a busy machine a timing goal test may be "could not judge"; none may fail for the attempt's words
        assertThat(verdict.failures()).filteredOn(f -> !f.machineTooBusy()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.goal()).as(f.test().toString()).isFalse());
    }

    @Test
    void stoppingAtTheFirstFailureKeepsTheSameFirstFailure() throws Exception {
        Exercise simul = catalog.find("01-sync-chess-simul").orElseThrow();
        Judge judge = new Judge(sandbox.root);

        Verdict whole = judge.judge(simul);
        Verdict stopped = judge.judge(simul, sandbox.file(simul.file().toString()), Judge.Scope.UNTIL_FIRST_FAILURE, Judge.Listener.NONE);

        assertThat(whole.failures()).hasSizeGreaterThan(1);
        assertThat(stopped.failures().getFirst()).isEqualTo(whole.failures().getFirst());
        assertThat(stopped.stopped()).isTrue();
        // tests already running side by side (the class may say @Execution(CONCURRENT)) end as they would
        assertThat(stopped.tests()).isLessThanOrEqualTo(whole.tests());
    }

    @Test
    void aCompileErrorIsOneLineNamingTheFile() throws Exception {
        Exercise greeter = catalog.find("01-greeter").orElseThrow();
        Files.writeString(sandbox.file(GREETER), Files.readString(sandbox.file(GREETER)).replace("public final class", "public final klass"));

        Verdict verdict = new Judge(sandbox.root).judge(greeter);

        assertThat(verdict.compileError()).startsWith(GREETER + ":");
        assertThat(verdict.done()).isFalse();
    }

    @Test
    void aSecondJudgeReusesTheCompiledLesson() throws Exception {
        Exercise greeter = catalog.find("01-greeter").orElseThrow();
        new Judge(sandbox.root).judge(greeter, sandbox.file(greeter.solution().toString()), Judge.Scope.UNTIL_FIRST_FAILURE, Judge.Listener.NONE);
        Path lessonClasses = sandbox.file(".workbook/classes/lesson-01-sync");
        List<Path> builds;
        try (var list = Files.list(lessonClasses)) {
            builds = list.toList();
        }

        Verdict again = new Judge(sandbox.root).judge(greeter, sandbox.file(greeter.solution().toString()),
                Judge.Scope.UNTIL_FIRST_FAILURE, Judge.Listener.NONE);

        // the solution, judged again on the same build: done, or on a busy machine not judged, never failed
        assertThat(again.done() || again.notJudged()).as(again.firstProblem()).isTrue();
        try (var list = Files.list(lessonClasses)) {
            assertThat(list.toList()).as("the same build, no attempt left behind").isEqualTo(builds);
        }
    }

    private static Judge.Listener recording(List<String> events) {
        return new Judge.Listener() {
            @Override
            public void judging(Exercise exercise) {
                events.add("judging " + exercise.name());
            }

            @Override
            public void testsFound(int tests) {
                events.add("found " + tests);
            }

            @Override
            public void testStarted(String test) {
                events.add("started " + test);
            }

            @Override
            public void testFinished(String test, boolean passed) {
                events.add("finished " + test + (passed ? " passed" : " failed"));
            }
        };
    }
}
