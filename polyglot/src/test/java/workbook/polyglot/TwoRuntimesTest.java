package workbook.polyglot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import workbook.eventloop.asyncio.TwoRulebooks;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same program, two runtimes: Node and CPython print different orders, and the loop prints
 * Node's under the JavaScript rules and CPython's under asyncio's.
 */
class TwoRuntimesTest {

    static List<String> programs() {
        return TwoRulebooks.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void eachRulebookPrintsWhatItsRuntimePrints(String name) {
        Program.Run node = Program.twoRuntimes(name, "node", ".js").run();
        Program.Run python = Program.twoRuntimes(name, "python3", ".py").run();
        TwoRulebooks.Runs loop = TwoRulebooks.run(name);
        Outputs.keep("two-runtimes-" + name + "-node", node.stdout());
        Outputs.keep("two-runtimes-" + name + "-python", python.stdout());
        Outputs.keep("two-runtimes-" + name + "-javascript-rules", loop.javascript());
        Outputs.keep("two-runtimes-" + name + "-asyncio-rules", loop.asyncio());
        Outputs.keep("two-runtimes-" + name + "-side-by-side",
                Outputs.sideBySide("node " + name + ".js", node.stdout(), "python3 " + name + ".py", python.stdout())
                        .lines().toList());

        assertThat(node.stdout()).as("%s: Node and CPython should print different orders (%s), but printed the same",
                name, TwoRulebooks.rule(name)).isNotEqualTo(python.stdout());
        Outputs.assertSameLines(name, "node", node.stdout(), "the loop under JavaScript's rules", loop.javascript(),
                UnaryOperator.identity());
        Outputs.assertSameLines(name, "python3", python.stdout(), "the loop under asyncio's rules", loop.asyncio(),
                UnaryOperator.identity());
        String stderr = String.join("\n", python.stderr());
        for (String report : loop.asyncioReports()) {
            assertThat(stderr).as("the loop reported it; CPython's stderr for %s.py", name).contains(report);
        }
    }
}
