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
        assertThat(node.exitCode()).as("node %s.js failed:%n%s", name, String.join("\n", node.stderr())).isZero();

        List<String> java = Puzzles.run(name);

        Outputs.keep("puzzle-" + name + "-node", node.stdout());
        Outputs.keep("puzzle-" + name + "-java", java);
        Outputs.assertSameLines("puzzle " + name, "node", node.stdout(), "EventLoop (lesson 04)", java,
                UnaryOperator.identity());
    }

    @Test
    void everyJavaScriptPuzzleHasItsJavaTwinAndThereAreAtLeastTwelve() throws Exception {
        List<String> scripts;
        try (Stream<Path> files = Files.list(Program.talk().resolve("puzzles"))) {
            scripts = files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(".js"))
                    .map(file -> file.substring(0, file.length() - 3))
                    .sorted().toList();
        }
        assertThat(Puzzles.names()).as("the Java puzzles against the JavaScript files").isEqualTo(scripts);
        assertThat(scripts).hasSizeGreaterThanOrEqualTo(12);
    }
}
