package workbook.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.kit.Timing.seconds;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import workbook.kit.Goal;
import workbook.kit.Timeline;
import workbook.kit.Timing;

/** Judges 01-greeter. Measures CPU time and wake-ups, so it runs alone. */
@Isolated
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GreeterTest {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** A line as printed, and when (System.nanoTime). */
    private record Printed(String line, long atNanos) {
    }

    private final List<Printed> printed = new CopyOnWriteArrayList<>();
    private final Greeter greeter = new Greeter(line -> printed.add(new Printed(line, System.nanoTime())));

    /** 400 ms, and a delay between 1 and 2 s that no test chose (its name shows it). */
    static LongStream delays() {
        return LongStream.of(400, ThreadLocalRandom.current().nextLong(1_050, 1_950));
    }

    @ParameterizedTest(name = "greetAfter({0} ms)")
    @MethodSource("delays") // not whole seconds, not the same twice: the delay given is the delay waited
    @Order(1)
    void greetsOnceItsDelayIsOver(long millis) {
        Duration delay = Duration.ofMillis(millis);
        long start = System.nanoTime();
        Timing.of("greetAfter(" + Timeline.seconds(delay) + ")")
                .shouldTakeBetween(delay.minusMillis(20), delay.plusMillis(500))
                .hint("the greeting should come once the delay it is given is over, not before and not much "
                        + "after. Look at Greeter.greetAfter: does it wait for exactly that delay, fractions of a "
                        + "second included?")
                .run(() -> greeter.greetAfter(delay, "Ada Lovelace"));

        assertThat(printed).extracting(Printed::line)
                .withFailMessage("greetAfter printed %s, expected exactly one greeting: [Hello Ada Lovelace 👋]",
                        printed.stream().map(Printed::line).toList())
                .containsExactly("Hello Ada Lovelace 👋");
        Duration greetedAfter = Duration.ofNanos(printed.getFirst().atNanos() - start);
        assertThat(greetedAfter)
                .withFailMessage("""
                        the greeting was printed %s after greetAfter(%s) began, before its delay was over: \
                        the wait must come first. Look at the order of the lines in Greeter.greetAfter.""",
                        Timeline.seconds(greetedAfter), Timeline.seconds(delay))
                .isGreaterThanOrEqualTo(delay.minusMillis(20));
    }

    @Test
    @Order(2)
    @Goal(exercise = Greeter.class, failsBecause = "kept a CPU core busy")
    void waitingLeavesTheCoreFreeAndWakesUpOnce() throws Exception {
        long waitsBefore = waits();
        Workload.Measurement greeting = Workload.measure("greetAfter(1 s)",
                () -> greeter.greetAfter(Duration.ofSeconds(1), "Guido van Rossum"));
        long wakeUps = waits() - waitsBefore;

        boolean busy = greeting.kind() == Workload.Kind.CPU_BOUND || greeting.cpuShare() >= 0.10;
        assertThat(busy)
                .withFailMessage("""
                        greetAfter(1 s) kept a CPU core busy: its thread was running or ready to run in %.0f %% \
                        of the looks at it, and used %.3f s of CPU in %.3f s (%.1f %%), expected almost never and \
                        almost none (under 10 %%): a greeting only waits, it is I/O-bound. Look at \
                        Greeter.greetAfter: what does the thread do until the delay is over?""",
                        100 * greeting.runnableShare(), greeting.cpu().toNanos() / 1e9,
                        greeting.wall().toNanos() / 1e9, 100 * greeting.cpuShare())
                .isFalse();
        assertThat(wakeUps)
                .withFailMessage("""
                        greetAfter(1 s) woke up %d times while it waited, expected once or twice: it uses \
                        little CPU, but it keeps coming back to check the clock (polling with short sleeps). \
                        Look at Greeter.greetAfter: how many times does it ask to wait?""", wakeUps)
                .isLessThanOrEqualTo(2);
    }

    /** How many times this thread has waited (slept, parked, waited on a monitor) so far. */
    private static long waits() {
        return THREADS.getThreadInfo(Thread.currentThread().threadId()).getWaitedCount();
    }
}
