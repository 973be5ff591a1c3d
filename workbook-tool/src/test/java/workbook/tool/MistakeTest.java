package workbook.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue of wrong fixes: found beside the exercises, judged, and its contract enforced in one line each. */
class MistakeTest {

    private static final String MISTAKES = "lesson-01-sync/src/mistakes/";

    @TempDir
    Path dir;
    private Sandbox sandbox;
    private String shipped;

    @BeforeEach
    void cloneTheWorkbook() throws Exception {
        sandbox = new Sandbox(dir);
        Judge.deleteRecursively(sandbox.file(MISTAKES)); // the lesson's own catalogue: these tests write theirs
        shipped = Files.readString(sandbox.file("lesson-01-sync/src/exercise/java/workbook/sync/Greeter.java"));
    }

    private void write(String path, String text) throws Exception {
        Path file = sandbox.file(MISTAKES + path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void aMistakeIsFoundWithItsNoteAndWords() throws Exception {
        write("01-greeter/keeps-spinning/Greeter.java",
                "// Mistake: leaves the spin loop as it is.\n// Rejected with: \"CPU core busy\"\n" + shipped);

        Catalog catalog = Catalog.load(sandbox.root);

        assertThat(catalog.mistakes().problems()).isEmpty();
        Mistake mistake = catalog.mistakes().mistakes().getFirst();
        assertThat(mistake.name()).isEqualTo("01-greeter/keeps-spinning");
        assertThat(mistake.note()).isEqualTo("leaves the spin loop as it is.");
        assertThat(mistake.rejectedWith()).isEqualTo("CPU core busy");
        assertThat(catalog.mistakes(catalog.find("01-greeter").orElseThrow())).containsExactly(mistake);
    }

    @Test
    void aBrokenContractIsOneClearLineEach() throws Exception {
        write("01-greeter/no-header/Greeter.java", shipped);
        write("01-greeter/wrong-file/Greeting.java", "// Mistake: x\n// Rejected with: \"y\"\n" + shipped);
        write("01-greter/typo/Greeter.java", "// Mistake: x\n// Rejected with: \"y\"\n" + shipped);

        Mistake.Found found = Catalog.load(sandbox.root).mistakes();

        assertThat(found.mistakes()).isEmpty();
        assertThat(found.problems()).containsExactly(
                MISTAKES + "01-greeter/no-header/Greeter.java:1: expected the two lines '// Mistake: …' and "
                        + "'// Rejected with: \"…\"' at the top",
                MISTAKES + "01-greeter/wrong-file: expected the whole class as Greeter.java",
                MISTAKES + "01-greter: no exercise named '01-greter' in lesson-01-sync; closest: 01-greeter, 01-sync-chess-simul");
    }

    @Test
    void theMistakesCommandSaysWhichAreRejectedWithTheirWords() throws Exception {
        String solution = Files.readString(sandbox.file("lesson-01-sync/src/solution/java/workbook/sync/Greeter.java"));
        String wrongWords = solution.replace("out.accept(new Greeting(delay, person).message());", "out.accept(\"Hi \" + person);");
        write("01-greeter/greets-in-other-words/Greeter.java", "// Mistake: waits well, says hi.\n// Rejected with: \"printed [Hi \"\n" + wrongWords);
        write("01-greeter/blames-the-wrong-thing/Greeter.java", "// Mistake: waits well, says hi.\n// Rejected with: \"too late\"\n" + wrongWords);
        write("01-greeter/right-after-all/Greeter.java", "// Mistake: sleeps.\n// Rejected with: \"CPU\"\n" + solution);
        // The attendee has solved the exercise: the mistakes are still judged against the committed files.
        Files.writeString(sandbox.file("lesson-01-sync/src/exercise/java/workbook/sync/Greeter.java"), solution);

        Sandbox.Result result = sandbox.workbook("", "mistakes", "01-greeter");

        assertThat(result.status()).as(result.out()).isEqualTo(1);
        assertThat(result.out()).contains("1 working-tree edit to src/exercise left out")
                .contains("✘ 01-greeter/blames-the-wrong-thing: rejected, but the first failure lacks \"too late\": GreeterTest.")
                .contains("✔ 01-greeter/greets-in-other-words: rejected with \"printed [Hi \"")
                .contains("✘ 01-greeter/right-after-all: ACCEPTED (should be rejected)")
                .contains("3 mistakes: 1 rejected with their words, 1 rejected for another reason, 1 accepted");
    }
}
