package workbook.pitfalls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import workbook.kit.MachineLoad;
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

    /**
     * What became of one greeting: when it completed (from the call), on which thread, with what. {@code sinceItsTimer}
     * is how long after a timer of the same delay, set on the loop just before the call, it completed; null when it
     * completed before that timer fired. The loop fires timers in the order they are due, whatever the load: a
     * greeting completed before its twin timer waited less than its delay, however late a busy machine made both.
     */
    private record Outcome(String person, Duration delay, Duration after, Duration sinceItsTimer, Duration duringTheCall,
            String thread, String said, Throwable failure) {

        /**
         * Completed before its delay: on the loop, before its twin timer; inside the call itself, having waited less
         * than its delay; elsewhere, by the clock.
         */
        boolean early() {
            if (duringTheCall != null) {
                return duringTheCall.compareTo(delay.minusMillis(10)) < 0;
            }
            return thread.equals("event-loop") ? sinceItsTimer == null : after.compareTo(delay.minusMillis(10)) < 0;
        }
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
        // Side by side, the 150 ms greeting follows its twin timer at once; after the 450 ms one, it would come 450
        // ms late. Timed against its twin, on the loop, so a busy machine that delays both changes nothing.
        Outcome shorter = run.outcomes().get(1);
        Duration behindItsTimer = shorter.sinceItsTimer() == null ? shorter.after().minus(shorter.delay()) : shorter.sinceItsTimer();
        assertThat(behindItsTimer).as("""
                the 150 ms greeting came %d ms after a 150 ms timer set beside it (the 450 ms one after %d ms): the two \
                delays did not overlap. Expected each greeting to wait side by side with the other.""",
                behindItsTimer.toMillis(), run.outcomes().get(0).after().toMillis())
                .isLessThan(Duration.ofMillis(300));
    }

    /** Calls greetAfter for each person in one task on the loop, and queues another task right behind it. */
    private Run greetOnTheLoop(Map<String, Duration> delays) throws Exception {
        List<CompletableFuture<Outcome>> outcomes = new CopyOnWriteArrayList<>();
        CompletableFuture<Duration> otherTask = new CompletableFuture<>();
        long start = System.nanoTime();
        LoopFuture<Object> calls = loop.submit(() -> {
            delays.forEach((person, delay) -> {
                CompletableFuture<Outcome> outcome = new CompletableFuture<>();
                outcomes.add(outcome);
                AtomicLong twinFired = new AtomicLong(); // the loop's own timer of the same delay, set just before
                loop.setTimeout(delay, () -> twinFired.set(System.nanoTime()));
                AtomicBoolean inTheCall = new AtomicBoolean(true);
                // inside the call, how long the loop thread waited (not computing, not queued for a core): a busy
                // machine stretches a cold first call, never its waiting
                MachineLoad.OwnTime call = MachineLoad.ownTime();
                try {
                    greeter.greetAfter(delay, person).whenComplete((said, failure) -> {
                        long now = System.nanoTime();
                        outcome.complete(new Outcome(person, delay, Duration.ofNanos(now - start),
                                twinFired.get() == 0 ? null : Duration.ofNanos(now - twinFired.get()),
                                inTheCall.get() && loop.inLoop() ? call.waited() : null,
                                Thread.currentThread().getName(), said, failure));
                    });
                } catch (RuntimeException failure) {
                    long now = System.nanoTime();
                    outcome.complete(new Outcome(person, delay, Duration.ofNanos(now - start), null,
                            call.waited(), Thread.currentThread().getName(), null, failure));
                }
                inTheCall.set(false);
            });
            loop.execute(() -> otherTask.complete(Duration.ofNanos(System.nanoTime() - start)));
            return null;
        });
        List<String> asked = delays.entrySet().stream().map(ask -> ask.getKey() + " (" + ask.getValue().toMillis() + " ms)").toList();
        try {
            calls.get(10, TimeUnit.SECONDS);
        } catch (TimeoutException stuck) {
            throw new AssertionError("""
                    the task on the event loop that calls greetAfter for %s had not ended 10 s later: greetAfter \
                    did not return. Expected it to return at once, with a future the loop's timer completes""".formatted(asked));
        }
        List<Outcome> done = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            try {
                done.add(outcomes.get(i).get(10, TimeUnit.SECONDS));
            } catch (TimeoutException never) {
                throw new AssertionError("""
                        the greeting for %s had not completed 10 s after greetAfter returned it: nothing completes \
                        the future it returned. Expected the loop's timer to complete it once the delay is over""".formatted(
                        asked.get(i)));
            }
        }
        return new Run(done, otherTask.get(10, TimeUnit.SECONDS)); // a task queued behind the calls: it runs
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
            assertThat(outcome.early()).overridingErrorMessage(
                    "the greeting for %s came after %d ms, before a %d ms timer set on the loop just before it: "
                            + "expected after its %d ms delay (and within %d ms)", outcome.person(), outcome.after().toMillis(),
                    outcome.delay().toMillis(), outcome.delay().toMillis(), upperBound.toMillis()).isFalse();
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
            // late on the loop's own terms: long after its twin timer, which a busy machine delays as much
            Duration late = outcome.sinceItsTimer() != null ? outcome.sinceItsTimer().plus(outcome.delay()) : outcome.after();
            assertThat(late).overridingErrorMessage(
                    "the greeting for %s came after %d ms (%s its twin timer), expected after its %d ms delay and within %d ms",
                    outcome.person(), outcome.after().toMillis(), outcome.sinceItsTimer() == null ? "without"
                            : outcome.sinceItsTimer().toMillis() + " ms after", outcome.delay().toMillis(), upperBound.toMillis())
                    .isLessThanOrEqualTo(upperBound);
        }
    }
}
