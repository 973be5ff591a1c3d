package workbook.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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

        Sandbox.Result peek = sandbox.workbook("", "solution", "01-greeter", "--peek");
        assertThat(peek.out()).contains("+        Thread.sleep(delay);");
    }

    @Test
    void hintsRevealOneMoreLevelEachTime() throws Exception {
        assertThat(sandbox.workbook("", "hint", "01-greeter").out()).contains("Hint 1 of 3").doesNotContain("Hint 2 of 3");
        assertThat(sandbox.workbook("", "hint", "01-greeter").out()).contains("Hint 1 of 3", "Hint 2 of 3").doesNotContain("Hint 3");
        assertThat(sandbox.workbook("", "hint", "01-greeter").out()).contains("Hint 3 of 3", "last hint");
    }

    @Test
    void badInputGetsOneLineWithTheClosestNamesAndExitCode2() throws Exception {
        Sandbox.Result command = sandbox.workbook("", "wacth");
        assertThat(command.status()).isEqualTo(2);
        assertThat(Sandbox.lines(command.err())).singleElement().asString().contains("unknown command 'wacth'", "watch");

        Sandbox.Result exercise = sandbox.workbook("", "run", "01-greter");
        assertThat(exercise.status()).isEqualTo(2);
        assertThat(Sandbox.lines(exercise.err())).singleElement().asString().contains("unknown exercise '01-greter'", "01-greeter");
    }
}
