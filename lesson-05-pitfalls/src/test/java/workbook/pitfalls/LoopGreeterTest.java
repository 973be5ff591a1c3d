package workbook.pitfalls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import workbook.kit.Goal;

/**
 * Greetings asked for on the loop come after their own delays, on the loop's thread, while the loop
 * goes on with other tasks. These tests only wait, so they run side by side, each on a loop of its own.
 */
@Execution(ExecutionMode.CONCURRENT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoopGreeterTest {

    private static final String BLOCKED = "blocked the event loop";

    private final EventLoop loop = new EventLoop("event-loop");
    private final LoopGreeter greeter = new LoopGreeter(loop);

    @AfterEach
    void closeLoop() {
        loop.close();
    }

    /** What became of one greeting: when it completed (from the call), on which thread, with what. */
    private record Outcome(String person, Duration delay, Duration after, String thread, String said, Throwable failure) {
    }

    /** What happened on the loop: each greeting's outcome, and when a task queued behind the calls ran. */
    private record Run(List<Outcome> outcomes, Duration otherTaskRan) {
    }

    @Test
    @Order(1)
    @Goal(exercise = LoopGreeter.class, failsBecause = BLOCKED)
    void greetsAfterTheDelayWhileTheLoopStaysFree() throws Exception {
        check(greetOnTheLoop(Map.of("Guido van Rossum", Duration.ofMillis(300))), Duration.ofSeconds(2));
    }

    @Test
    @Order(2)
    @Goal(exercise = LoopGreeter.class, failsBecause = BLOCKED)
    void twoGreetingsWaitSideBySideEachForItsOwnDelay() throws Exception {
        Map<String, Duration> delays = new LinkedHashMap<>();
        delays.put("Sebastián Ramírez", Duration.ofMillis(450)); // the longer one asked for first
        delays.put("Luciano Ramalho", Duration.ofMillis(150));
        Run run = greetOnTheLoop(delays);

        check(run, Duration.ofSeconds(2));
        assertThat(run.outcomes().get(1).after()).as("""
                the 150 ms greeting came after %d ms, not before the 450 ms one (after %d ms): the two delays \
                did not overlap. Expected each greeting to wait side by side with the other.""",
                run.outcomes().get(1).after().toMillis(), run.outcomes().get(0).after().toMillis())
                .isLessThan(run.outcomes().get(0).after());
    }

    /** Calls greetAfter for each person in one task on the loop, and queues another task right behind it. */
    private Run greetOnTheLoop(Map<String, Duration> delays) throws Exception {
        List<CompletableFuture<Outcome>> outcomes = new CopyOnWriteArrayList<>();
        CompletableFuture<Duration> otherTask = new CompletableFuture<>();
        long start = System.nanoTime();
        loop.submit(() -> {
            delays.forEach((person, delay) -> {
                CompletableFuture<Outcome> outcome = new CompletableFuture<>();
                outcomes.add(outcome);
                try {
                    greeter.greetAfter(delay, person).whenComplete((said, failure) -> outcome.complete(new Outcome(
                            person, delay, Duration.ofNanos(System.nanoTime() - start),
                            Thread.currentThread().getName(), said, failure)));
                } catch (RuntimeException failure) {
                    outcome.complete(new Outcome(person, delay, Duration.ofNanos(System.nanoTime() - start),
                            Thread.currentThread().getName(), null, failure));
                }
            });
            loop.execute(() -> otherTask.complete(Duration.ofNanos(System.nanoTime() - start)));
            return null;
        }).get(10, TimeUnit.SECONDS);
        List<Outcome> done = outcomes.stream().map(outcome -> outcome.orTimeout(10, TimeUnit.SECONDS).join()).toList();
        return new Run(done, otherTask.get(10, TimeUnit.SECONDS));
    }

    /** The loop refused no wait, was never held, completed every greeting itself, after its own delay. */
    private static void check(Run run, Duration upperBound) {
        for (Outcome outcome : run.outcomes()) {
            assertThat(outcome.failure()).overridingErrorMessage("""
                    LoopGreeter.greetAfter, running on the event loop, %s waiting for its own timer; the loop said:
                      %s
                    Expected greetAfter to return at once, and the greeting to follow when the timer fires.""",
                    BLOCKED, outcome.failure() == null ? "" : WaitingOnTheLoop.rootOf(outcome.failure())).isNull();
        }
        for (Outcome outcome : run.outcomes()) {
            assertThat(outcome.after()).overridingErrorMessage(
                    "the greeting for %s came after %d ms, expected after its %d ms delay (and within %d ms)",
                    outcome.person(), outcome.after().toMillis(), outcome.delay().toMillis(), upperBound.toMillis())
                    .isGreaterThanOrEqualTo(outcome.delay().minusMillis(10));
        }
        for (Outcome outcome : run.outcomes()) {
            assertThat(outcome.thread()).overridingErrorMessage("""
                    the greeting for %s was completed on %s, not on the event loop (event-loop): something other \
                    than the loop's timer waited for it. Expected the loop's own timer to complete the greeting.""",
                    outcome.person(), outcome.thread()).isEqualTo("event-loop");
        }
        Duration firstGreeting = run.outcomes().stream().map(Outcome::after).min(Duration::compareTo).orElseThrow();
        assertThat(run.otherTaskRan()).overridingErrorMessage("""
                a task queued right behind the calls to greetAfter ran only after %d ms, once a greeting was over \
                (after %d ms): greetAfter %s for the whole delay. Expected the loop to be free at once, \
                while the timers wait.""", run.otherTaskRan().toMillis(), firstGreeting.toMillis(), BLOCKED)
                .isLessThan(firstGreeting);
        for (Outcome outcome : run.outcomes()) {
            String expected = "Hello " + outcome.person() + " 👋";
            assertThat(outcome.said()).overridingErrorMessage("the greeting for %s said \"%s\", expected \"%s\"",
                    outcome.person(), outcome.said(), expected).isEqualTo(expected);
            assertThat(outcome.after()).overridingErrorMessage(
                    "the greeting for %s came after %d ms, expected after its %d ms delay and within %d ms",
                    outcome.person(), outcome.after().toMillis(), outcome.delay().toMillis(), upperBound.toMillis())
                    .isLessThanOrEqualTo(upperBound);
        }
    }
}
