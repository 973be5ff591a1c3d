package workbook.polyglot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Event-loop conformance: every puzzle prints the same lines, in the same order, on Node and on lesson 04's loop. */
class PuzzleConformanceTest {

    static List<String> puzzles() {
        return Puzzles.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("puzzles")
    void nodeAndTheHandBuiltLoopPrintTheSameOrder(String name) {
        Program.Run node = Program.puzzle(name).run();
        Puzzles.Outcome outcome = Puzzles.run(name);
        List<String> java = outcome.printed();
        if (outcome.uncaught() == null) {
            assertThat(node.exitCode()).as("node %s.js failed, the loop did not:%n%s", name, String.join("\n", node.stderr()))
                    .isZero();
        } else {
            // Both end early on the same unhandled rejection: Node with exit code 1 and the reason on stderr.
            String reason = outcome.uncaught().getCause().getMessage();
            assertThat(node.exitCode()).as("the loop ended with %s, node %s.js exited normally", outcome.uncaught(), name)
                    .isNotZero();
            assertThat(String.join("\n", node.stderr())).as("node's error output for %s.js", name).contains(reason);
        }

        Outputs.keep("puzzle-" + name + "-node", node.stdout());
        Outputs.keep("puzzle-" + name + "-java", java);
        Outputs.assertSameLines("puzzle " + name, "node", node.stdout(), "PromiseLoop (lesson 04)", java,
                UnaryOperator.identity());
    }

    @Test
    void everyJavaScriptPuzzleHasItsJavaTwinAndThereAreAtLeastThirty() throws Exception {
        List<String> scripts;
        try (Stream<Path> files = Files.list(Program.talk().resolve("puzzles"))) {
            scripts = files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(".js"))
                    .map(file -> file.substring(0, file.length() - 3))
                    .sorted().toList();
        }
        assertThat(Puzzles.names()).as("the Java puzzles against the JavaScript files").isEqualTo(scripts);
        assertThat(scripts).hasSizeGreaterThanOrEqualTo(30);
    }
}
