package workbook.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttendeeCommandsTest {

    private static final String GREETER = "lesson-01-sync/src/exercise/java/workbook/sync/Greeter.java";
    private static final String GREETER_SOLUTION = "lesson-01-sync/src/solution/java/workbook/sync/Greeter.java";

    @TempDir
    Path dir;
    private Sandbox sandbox;

    @BeforeEach
    void cloneTheWorkbook() throws Exception {
        sandbox = new Sandbox(dir);
    }

    @Test
    void resetThenRestoreGivesBackTheEditByteForByte() throws Exception {
        byte[] edit = (Files.readString(sandbox.file(GREETER)) + "\n// my attempt, half done \t\n").getBytes();
        Files.write(sandbox.file(GREETER), edit);
        byte[] shipped = sandbox.git("show", "HEAD:" + GREETER).getBytes();

        Sandbox.Result reset = sandbox.workbook("y\n", "reset", "01-greeter");
        assertThat(reset.status()).as(reset.out() + reset.err()).isZero();
        assertThat(Files.readString(sandbox.file(GREETER)).strip()).isEqualTo(new String(shipped).strip());

        Sandbox.Result restore = sandbox.workbook("", "restore", "01-greeter");
        assertThat(restore.status()).as(restore.out() + restore.err()).isZero();
        assertThat(Files.readAllBytes(sandbox.file(GREETER))).isEqualTo(edit);
    }

    @Test
    void resetAsksFirstAndWithoutYesChangesNothing() throws Exception {
        byte[] edit = "class Greeter { /* mine */ }\n".getBytes();
        Files.write(sandbox.file(GREETER), edit);

        Sandbox.Result answer = sandbox.workbook("n\n", "reset", "01-greeter");

        assertThat(answer.out()).contains("[y/N]").contains("Nothing changed");
        assertThat(Files.readAllBytes(sandbox.file(GREETER))).isEqualTo(edit);
    }

    @Test
    void restoreKeepsTheFileItReplaces() throws Exception {
        Files.writeString(sandbox.file(GREETER), "first attempt\n");
        sandbox.workbook("y\n", "reset", "01-greeter");
        Files.writeString(sandbox.file(GREETER), "second attempt\n");

        sandbox.workbook("", "restore", "01-greeter");

        assertThat(Files.readString(sandbox.file(GREETER))).isEqualTo("first attempt\n");
        try (var backups = Files.list(sandbox.file(".workbook/backups/01-greeter"))) {
            assertThat(backups.map(p -> {
                try {
                    return Files.readString(p);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            })).contains("second attempt\n");
        }
    }

    @Test
    void solutionBranchHoldsTheSolutionsAndLeavesTheWorkingTreeAlone() throws Exception {
        Files.writeString(sandbox.file(GREETER), "uncommitted edit\n");
        Files.writeString(sandbox.file("notes.txt"), "staged\n");
        sandbox.git("add", "notes.txt");
        String statusBefore = sandbox.git("status", "--porcelain");
        String headBefore = sandbox.git("rev-parse", "HEAD");

        Sandbox.Result made = sandbox.workbook("", "solution-branch");

        assertThat(made.status()).as(made.out() + made.err()).isZero();
        assertThat(sandbox.git("status", "--porcelain")).isEqualTo(statusBefore);
        assertThat(sandbox.git("rev-parse", "HEAD")).isEqualTo(headBefore);
        assertThat(Files.readString(sandbox.file(GREETER))).isEqualTo("uncommitted edit\n");
        assertThat(sandbox.git("show", "solution:" + GREETER)).isEqualTo(Files.readString(sandbox.file(GREETER_SOLUTION)).strip());
        assertThat(sandbox.git("rev-parse", "solution^")).isEqualTo(headBefore);
    }

    @Test
    void theSolutionIsShownOnlyOnceDoneOrWhenPeeking() throws Exception {
        Sandbox.Result refused = sandbox.workbook("", "solution", "01-greeter");
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.out()).contains("not done yet").contains("--peek");

        Sandbox.Result peek = sandbox.workbook("", "solution", "01-greeter", "--peek"); // after the name, too
        assertThat(peek.out()).contains("+        Thread.sleep(delay);");
    }

    @Test
    void eachHintIsShownOnceAndAllOfThemOnAsking() throws Exception {
        assertThat(sandbox.workbook("", "hint", "01-greeter").out()).contains("Hint 1 of 3").doesNotContain("Hint 2 of 3");
        assertThat(sandbox.workbook("", "hint", "01-greeter").out()).contains("Hint 2 of 3").doesNotContain("Hint 1", "Hint 3");
        assertThat(sandbox.workbook("", "hint", "--all", "01-greeter").out()).contains("Hint 1 of 3", "Hint 2 of 3").doesNotContain("Hint 3");
        assertThat(sandbox.workbook("", "hint", "01-greeter").out()).contains("Hint 3 of 3", "last hint").doesNotContain("Hint 2");
    }

    @Test
    void resetAndRestoreForgetTheLastVerdict() throws Exception {
        Catalog catalog = Catalog.load(sandbox.root);
        Exercise greeter = catalog.find("01-greeter").orElseThrow();
        Progress progress = new Progress(sandbox.root);
        progress.record(greeter, progress.fingerprint(greeter), ProgressTest.verdict(true));
        assertThat(sandbox.workbook("").out()).containsPattern("✔ done +01-greeter");

        sandbox.workbook("", "reset", "--yes", "01-greeter");
        assertThat(progress.status(greeter)).isEqualTo(Progress.Status.UNCHECKED);
        assertThat(sandbox.workbook("").out()).containsPattern("· not checked +01-greeter");

        progress.record(greeter, progress.fingerprint(greeter), ProgressTest.verdict(false));
        sandbox.workbook("", "restore", "01-greeter");
        assertThat(progress.status(greeter)).isEqualTo(Progress.Status.UNCHECKED);
    }

    @Test
    void theBoardMarksAFileEditedSinceItsVerdict() throws Exception {
        Exercise greeter = Catalog.load(sandbox.root).find("01-greeter").orElseThrow();
        Progress progress = new Progress(sandbox.root);
        progress.record(greeter, progress.fingerprint(greeter), ProgressTest.verdict(true));
        Files.writeString(sandbox.file(GREETER), "class Greeter { // half typed\n");

        assertThat(sandbox.workbook("").out()).containsPattern("✔ done +01-greeter .*\\(edited since\\)");
    }

    @Test
    void optionsGoBeforeOrAfterTheExerciseAndEveryCommandHasHelp() throws Exception {
        assertThat(sandbox.workbook("", "solution", "--peek", "01-greeter").out()).contains("+        Thread.sleep(delay);");
        for (String command : List.of("list", "run", "verify", "watch", "hint", "reset", "restore", "solution",
                "solution-branch", "book", "trace", "doctor")) {
            Sandbox.Result help = sandbox.workbook("", command, "--help");
            assertThat(help.status()).as(command + " --help").isZero();
            assertThat(help.out()).as(command + " --help").contains("Usage: ./workbook " + command);
        }
        assertThat(sandbox.workbook("", "--help").out()).contains("watch", "hint", "doctor", "book");
    }

    @Test
    void badInputGetsOneLineWithTheClosestNamesAndExitCode2() throws Exception {
        Sandbox.Result command = sandbox.workbook("", "wacth");
        assertThat(command.status()).isEqualTo(2);
        assertThat(Sandbox.lines(command.err())).singleElement().asString().contains("unknown command 'wacth'", "watch");

        Sandbox.Result exercise = sandbox.workbook("", "run", "01-greter");
        assertThat(exercise.status()).isEqualTo(2);
        assertThat(Sandbox.lines(exercise.err())).singleElement().asString().contains("unknown exercise '01-greter'", "01-greeter");

        Sandbox.Result option = sandbox.workbook("", "hint", "--al", "01-greeter");
        assertThat(option.status()).isEqualTo(2);
        assertThat(Sandbox.lines(option.err())).singleElement().asString().contains("'--al'", "--all");

        Sandbox.Result missing = sandbox.workbook("", "run");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(Sandbox.lines(missing.err())).singleElement().asString().contains("which exercise?");
    }

    @Test
    void aPrefixSuggestsTheNamesItStarts() {
        assertThat(Main.Names.closest("01", List.of("01-greeter", "01-sync-chess-simul", "02-bank", "02-hit-counter")))
                .startsWith("; closest: 01-greeter, 01-sync-chess-simul");
    }

    @Test
    void theListCountsGoalTestsInGoodEnglish() throws Exception {
        assertThat(sandbox.workbook("", "list").out()).containsPattern("01-greeter .* 1 goal test\\n");
    }
}
