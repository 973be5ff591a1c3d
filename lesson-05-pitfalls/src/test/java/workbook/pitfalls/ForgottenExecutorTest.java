package workbook.pitfalls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import workbook.kit.ChildJvm;

/** The mistake of pitfall 6 as the chapter shows it: a pool nobody shuts down keeps its JVM alive. */
@Execution(ExecutionMode.CONCURRENT)
class ForgottenExecutorTest {

    @Test
    void aForgottenPoolKeepsTheJvmAlive() throws Exception {
        try (ChildJvm child = ChildJvm.of(ForgottenExecutor.Mistake.class).stopGrace(Duration.ZERO).start()) {
            assertThat(child.awaitLine(ForgottenExecutor.MAIN_RETURNS, Duration.ofSeconds(30)))
                    .as("the program did not reach the end of main within 30 s; it printed %s", child.output()).isTrue();
            assertThat(child.awaitExit(Duration.ofSeconds(2)))
                    .as("the JVM of the mistaken program exited, with its pool never shut down").isFalse();
        }
    }
}
