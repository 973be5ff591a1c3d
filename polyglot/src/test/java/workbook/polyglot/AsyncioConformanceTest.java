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

/**
 * asyncio conformance: every puzzle prints the same lines, in the same order, on CPython and on
 * lesson 04's loop under asyncio's rules; and what CPython reports lost on stderr (a coroutine
 * never awaited, a task exception never retrieved), the loop reports too.
 */
class AsyncioConformanceTest {

    static List<String> puzzles() {
        return AsyncioPuzzles.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("puzzles")
    void cpythonAndTheLoopUnderAsyncioRulesPrintTheSameOrder(String name) {
        Program.Run python = Program.asyncioPuzzle(name).run();
        AsyncioPuzzles.Outcome outcome = AsyncioPuzzles.run(name);
        assertThat(outcome.raised()).as("the loop's main raised; python3 %s.py exited with %d", name, python.exitCode())
                .isNull();
        assertThat(python.exitCode()).as("python3 %s.py failed, the loop did not:%n%s", name,
                String.join("\n", python.stderr())).isZero();

        Outputs.keep("asyncio-puzzle-" + name + "-python", python.stdout());
        Outputs.keep("asyncio-puzzle-" + name + "-java", outcome.printed());
        Outputs.keep("asyncio-puzzle-" + name + "-java-reports", outcome.reported());
        Outputs.assertSameLines("asyncio puzzle " + name, "python3", python.stdout(), "AsyncioLoop (lesson 04)",
                outcome.printed(), UnaryOperator.identity());

        String stderr = String.join("\n", python.stderr());
        for (String report : outcome.reported()) {
            String first = report.lines().findFirst().orElse("");
            assertThat(stderr).as("the loop reported %s, CPython's stderr for %s.py did not", first, name).contains(first);
        }
        for (String lost : List.of("was never awaited", "exception was never retrieved")) {
            assertThat(outcome.reported().stream().anyMatch(report -> report.contains(lost)))
                    .as("CPython reported '%s' for %s.py; did the loop? It reported %s", lost, name, outcome.reported())
                    .isEqualTo(stderr.contains(lost));
        }
    }

    @Test
    void everyPythonPuzzleHasItsJavaTwinAndThereAreAtLeastFifteen() throws Exception {
        List<String> scripts;
        try (Stream<Path> files = Files.list(Program.talk().resolve("asyncio-puzzles"))) {
            scripts = files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(".py"))
                    .map(file -> file.substring(0, file.length() - 3))
                    .sorted().toList();
        }
        assertThat(AsyncioPuzzles.names()).as("the Java puzzles against the Python files").isEqualTo(scripts);
        assertThat(scripts).hasSizeGreaterThanOrEqualTo(15);
    }
}
