package workbook.pitfalls;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.kit.Timing.seconds;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import workbook.kit.ChildJvm;
import workbook.kit.Goal;
import workbook.kit.OncePerProof;
import workbook.kit.Timing;

/** Whether a JVM exits is only seen from outside: the program runs as a child process, with a time limit. */
class AnnouncerTest {

    @Test
    @Goal(exercise = Announcer.class, failsBecause = "keep the JVM alive")
    void theProgramExitsOnceMainReturns() throws Exception {
        try (ChildJvm child = startAndAwaitTheEndOfMain(ForgottenExecutor.Program.class)) {
            Timing.of("the JVM exiting after main returned")
                    .shouldTakeBetween(Duration.ZERO, seconds(2))
                    .hint("""
                            Announcer.announce leaves a thread pool running, and its threads (not daemons) \
                            keep the JVM alive: they wait for work forever. Shut the pool down once the \
                            announcements are made: try-with-resources closes it for you.""")
                    .run(() -> child.awaitExit(Duration.ofSeconds(30)));

            assertThat(child.exitCode()).isZero();
            assertThat(child.output()).contains("Please welcome Guido van Rossum", "Please welcome Luciano Ramalho");
        }
    }

    @Test
    void aForgottenPoolKeepsTheJvmAlive() throws Exception {
        OncePerProof.skipWhenJudgingTheExercise();
        try (ChildJvm child = startAndAwaitTheEndOfMain(ForgottenExecutor.Mistake.class)) {
            assertThat(child.awaitExit(Duration.ofSeconds(2)))
                    .as("the JVM of the mistaken program exited, with its pool never shut down").isFalse();
        }
    }

    @Test
    void announcesEveryGuest() throws Exception {
        List<String> said = new CopyOnWriteArrayList<>();
        new Announcer(said::add).announce(ForgottenExecutor.GUESTS);

        assertThat(said).containsExactlyInAnyOrder("Please welcome Guido van Rossum",
                "Please welcome Sebastián Ramírez", "Please welcome Luciano Ramalho");
    }

    private static ChildJvm startAndAwaitTheEndOfMain(Class<?> program) throws Exception {
        ChildJvm child = ChildJvm.start(program, List.of(), line -> { });
        assertThat(child.awaitLine(ForgottenExecutor.MAIN_RETURNS, Duration.ofSeconds(30)))
                .as("the program did not reach the end of main within 30 s; it printed %s", child.output()).isTrue();
        return child;
    }
}
