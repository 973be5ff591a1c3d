package workbook.pitfalls;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.kit.Timing.seconds;

import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import workbook.kit.ChildJvm;
import workbook.kit.Goal;
import workbook.kit.Timing;

/**
 * What a pool leaves behind only shows from outside: each test runs the announcer in a JVM of its own,
 * with time limits, and reads what it says it left running. They mostly wait, so they run side by side.
 */
@Execution(ExecutionMode.CONCURRENT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnnouncerTest {

    private static final String LEFT_ALIVE = "still alive";

    @Test
    @Order(1)
    @Goal(exercise = Announcer.class, failsBecause = LEFT_ALIVE)
    void everyGuestIsAnnouncedAndNothingIsLeftRunning() throws Exception {
        try (ChildJvm child = announceInAJvmOfItsOwn("all")) {
            assertThat(child.output()).as("what the program printed").contains(AnnouncerProgram.RETURNED);
            String atReturn = child.output().stream().filter(line -> line.startsWith(AnnouncerProgram.ANNOUNCED_AT_RETURN))
                    .findFirst().orElseThrow().substring(AnnouncerProgram.ANNOUNCED_AT_RETURN.length());
            assertThat(atReturn).overridingErrorMessage("""
                    announce returned when %s of %d guests had been announced, expected all: "returns once every \
                    guest has been announced". Shutting a pool down stops it taking new tasks, it does not wait for \
                    those it has; look at what Announcer.announce waits for before it returns""", atReturn,
                    AnnouncerProgram.GUESTS.size()).isEqualTo(String.valueOf(AnnouncerProgram.GUESTS.size()));
            for (String guest : AnnouncerProgram.GUESTS) {
                assertThat(child.output()).overridingErrorMessage("%s was never announced; the program printed %s",
                        guest, child.output()).contains("Please welcome " + guest);
            }
            assertNothingLeftRunning(child, "returned");
        }
    }

    @Test
    @Order(2)
    @Goal(exercise = Announcer.class, failsBecause = LEFT_ALIVE)
    void aFailedAnnouncementLeavesNothingRunningEither() throws Exception {
        try (ChildJvm child = announceInAJvmOfItsOwn("failing")) {
            assertThat(child.output().stream().anyMatch(line -> line.startsWith(AnnouncerProgram.THREW)
                    && line.contains("the microphone went off"))).overridingErrorMessage("""
                    announce, with %s's announcement failing ("the microphone went off"), did not throw that failure \
                    to its caller: a failure that nobody passes on is lost, and the caller believes everyone was \
                    welcomed. Look at what Announcer.announce does with the outcome of each announcement. \
                    The program printed %s""", AnnouncerProgram.FAILING_GUEST, child.output()).isTrue();
            assertNothingLeftRunning(child, "failed (one announcement threw)");
        }
    }

    @Test
    @Order(3)
    @Goal(exercise = Announcer.class, failsBecause = "keep the JVM alive")
    void theProgramExitsOnceMainReturns() throws Exception {
        try (ChildJvm child = startAndAwaitTheEndOfMain(ForgottenExecutor.Program.class)) {
            Timing.of("the JVM exiting after main returned")
                    .shouldTakeBetween(Duration.ZERO, seconds(2))
                    .hint("""
                            Announcer.announce leaves threads running that are not daemons, and they keep the JVM \
                            alive: a pool's threads wait for more work, forever, until the pool is shut down.""")
                    .run(() -> child.awaitExit(Duration.ofSeconds(30)));

            assertThat(child.exitCode()).isZero();
            assertThat(child.output()).contains("Please welcome Guido van Rossum", "Please welcome Luciano Ramalho");
        }
    }

    private static void assertNothingLeftRunning(ChildJvm child, String how) {
        String left = child.output().stream().filter(line -> line.startsWith(AnnouncerProgram.LEFT_RUNNING))
                .findFirst().orElseThrow().substring(AnnouncerProgram.LEFT_RUNNING.length());
        assertThat(left).overridingErrorMessage("""
                announce %s, but threads it started were %s 1 s later: %s. %s \
                Expected nothing started by announce to outlive the call, whether it returns or fails.""",
                how, LEFT_ALIVE, left, left.contains("(daemon)")
                        ? "Daemons do not keep the JVM alive, but they still hold a pool that nobody can use or shut down."
                        : "They are not daemons: they keep the JVM alive after main returns.")
                .isEqualTo("nothing");
    }

    private static ChildJvm announceInAJvmOfItsOwn(String how) throws Exception {
        ChildJvm child = startAndAwaitTheEndOfMain(AnnouncerProgram.class, how);
        assertThat(child.output()).overridingErrorMessage("""
                announce had not returned 5 s after it was called: it waits for announcements that will never be \
                made. The program printed %s""", child.output()).doesNotContain(AnnouncerProgram.STUCK);
        return child;
    }

    private static ChildJvm startAndAwaitTheEndOfMain(Class<?> program, String... args) throws Exception {
        ChildJvm child = ChildJvm.of(program).stopGrace(Duration.ZERO).start(args);
        assertThat(child.awaitLine(ForgottenExecutor.MAIN_RETURNS, Duration.ofSeconds(30)))
                .overridingErrorMessage("the program did not reach the end of main within 30 s; it printed %s",
                        child.output()).isTrue();
        return child;
    }
}
