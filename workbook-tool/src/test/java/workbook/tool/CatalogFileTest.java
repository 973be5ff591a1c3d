package workbook.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** exercises.toml is read as TOML: comments, literal strings and line-ending backslashes work as the spec says. */
class CatalogFileTest {

    @Test
    void anEntryIsBoundWithItsHintsAsAList() {
        CatalogFile file = CatalogFile.parse("""
                # the order to do them
                [[exercise]]
                name = "01-greeter" # what attendees type
                lesson = 'lesson-01-sync'
                class = "workbook.sync.Greeter"
                hint1 = \"""A nudge that goes on \\
                    over two lines.\"""
                hint2 = '''The API: `Thread.sleep(Duration)`, with a "quote" and a \\ kept.'''
                hint3 = "A sketch."

                [[exercise]]
                name = "04-idle-loop"
                lesson = "lesson-04-eventloop"
                class = "workbook.eventloop.EventLoop"
                tests = "IdleLoopTest, TimersTest"
                """);

        assertThat(file.exercises()).containsExactly(
                new CatalogFile.Entry("01-greeter", "lesson-01-sync", "workbook.sync.Greeter", List.of(), List.of(
                        "A nudge that goes on over two lines.",
                        "The API: `Thread.sleep(Duration)`, with a \"quote\" and a \\ kept.",
                        "A sketch.")),
                new CatalogFile.Entry("04-idle-loop", "lesson-04-eventloop", "workbook.eventloop.EventLoop",
                        List.of("IdleLoopTest", "TimersTest"), List.of()));
    }

    @Test
    void aTypoInAKeyOrAMissingKeyIsOneClearLine() {
        assertThatThrownBy(() -> CatalogFile.parse("[[exercise]]\nname = \"x\"\nlesson = \"l\"\nclass = \"C\"\nhnt1 = \"h\"\n"))
                .hasMessageStartingWith("exercises.toml: exercise 1 has an unknown key 'hnt1'; closest: hint1");
        assertThatThrownBy(() -> CatalogFile.parse("[[exercise]]\nname = \"x\"\nclass = \"C\"\n"))
                .hasMessage("exercises.toml: exercise 1 needs lesson = \"...\"");
        assertThatThrownBy(() -> CatalogFile.parse("[[exercise]]\nname = \"x\" \"y\"\n"))
                .hasMessageStartingWith("exercises.toml: ");
    }
}
