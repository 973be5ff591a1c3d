package workbook.pitfalls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Isolated;
import workbook.kit.Goal;
import workbook.kit.MachineLoad;
import workbook.kit.Timeline;

/**
 * The search leaves the loop and its count comes back to it: right, on the loop's thread, without the
 * loop computing or waiting meanwhile. These tests time CPU work, so they need the machine to themselves.
 */
@Isolated
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PrimeSearchTest {

    /** Longer than any honest hand-out takes, far shorter than the search: the loop was held. */
    private static final Duration HELD = Duration.ofMillis(200);

    private final EventLoop loop = new EventLoop("event-loop");
    private final ExecutorService workers = Executors.newFixedThreadPool(1,
            task -> Thread.ofPlatform().name("worker").daemon().unstarted(task));
    private final Timeline timeline = Timeline.startingNow();

    @AfterEach
    void stop() {
        loop.close();
        workers.shutdownNow();
    }

    /** What one call to countBelow did on the loop. */
    private record Call(Duration took, boolean doneAtReturn, CompletableFuture<Integer> count) {
    }

    @Test
    @Order(1)
    void theCountIsRightAndComesBackOnTheLoop() throws Exception {
        String[] thread = new String[1];
        Integer count = loop.submit(() -> new PrimeSearch(loop, workers).countBelow(10_000)
                        .thenApply(primes -> {
                            thread[0] = Thread.currentThread().getName();
                            return primes;
                        }))
                .thenCompose(future -> future).get(30, TimeUnit.SECONDS);

        assertThat(count).overridingErrorMessage(
                "countBelow(10000) answered %s, expected 1229 primes: the count must come from the search", count)
                .isEqualTo(1229); // π(10 000)
        assertThat(thread[0]).overridingErrorMessage("""
                the count came back on %s, not on the event loop (event-loop): code chained on it would run \
                beside the loop, not on it. Expected the count to be handed back to the loop.""", thread[0])
                .isEqualTo("event-loop");
    }

    @Test
    @Order(2)
    @Goal(exercise = PrimeSearch.class, failsBecause = "inside the call")
    void theLoopOnlyHandsTheSearchOut() throws Exception {
        Call call;
        boolean waited;
        try (ThreadWatch loopThread = new ThreadWatch(loop.thread())) {
            call = loop.submit(() -> {
                long start = System.nanoTime();
                CompletableFuture<Integer> count = new PrimeSearch(loop, workers).countBelow(BlockingTheLoop.LIMIT);
                return new Call(Duration.ofNanos(System.nanoTime() - start), count.isDone(), count);
            }).get(60, TimeUnit.SECONDS);
            waited = loopThread.mostlyWaited();
        }
        call.count().handle((count, failure) -> null).get(60, TimeUnit.SECONDS); // nothing left running behind us

        assertThat(call.doneAtReturn() || call.took().compareTo(HELD) >= 0).overridingErrorMessage(() -> """
                %s Expected countBelow to hand the search out and return at once, with a count still to come.
                Look at PrimeSearch.countBelow.""".formatted(whatHeldTheLoop(call, waited))).isFalse();
    }

    @Test
    @Order(3)
    @Goal(exercise = PrimeSearch.class, failsBecause = "the timer fired late")
    void theTimerFiresOnTimeWhileThePrimesAreSearched() throws Exception {
        BlockingTheLoop.Race race;
        boolean waited;
        MachineLoad machine = MachineLoad.probe(Duration.ofMillis(10));
        try (machine; ThreadWatch loopThread = new ThreadWatch(loop.thread())) {
            race = BlockingTheLoop.race(loop, new PrimeSearch(loop, workers)::countBelow, BlockingTheLoop.LIMIT, timeline);
            waited = loopThread.mostlyWaited(); // an idle loop waits too: this only counts once the timer was late
        }

        assertThat(race.count()).overridingErrorMessage(
                "the search answered %d primes below %d, expected 7837: the count must come from the search",
                race.count(), BlockingTheLoop.LIMIT).isEqualTo(7837); // π(80 000)
        // Late is "only once the search was over" (whatever the machine's speed), or later than a free loop allows.
        boolean behindTheSearch = race.timerFired().compareTo(race.countArrived()) >= 0
                && race.countArrived().compareTo(BlockingTheLoop.TIMER) > 0;
        if (!behindTheSearch) { // fired while the search went on: only its lateness may be the machine's
            machine.notJudgedIfTheMachineExplains("the 100 ms timer", race.timerFired(), Duration.ofMillis(400));
        }
        assertThat(!behindTheSearch && race.timerFired().compareTo(Duration.ofMillis(400)) <= 0).overridingErrorMessage("""
                the timer fired late: the 100 ms timer fired after %d ms, %d ms late, and the count came back \
                after %d ms. A timer fires only when the loop is free, and %s. Expected the timer within \
                100–400 ms, while the primes are searched elsewhere.
                %s""", race.timerFired().toMillis(), race.lateness().toMillis(), race.countArrived().toMillis(),
                waited ? "the loop's thread was held, waiting for the search" : "the search ran on the loop's own thread",
                timeline).isTrue();
        assertThat(race.timerFired()).overridingErrorMessage("""
                the count came back after %d ms, before the 100 ms timer fired (after %d ms): the search took too \
                little time for the race to show anything. Expected the talk's slow search \
                (Primes.countBelowTheSlowWay), which takes about a second, to run while the timer fires.
                %s""", race.countArrived().toMillis(), race.timerFired().toMillis(), timeline)
                .isLessThan(race.countArrived());
        assertThat(race.timerFired()).as("a timer never fires early").isGreaterThanOrEqualTo(BlockingTheLoop.TIMER);
    }

    private static String whatHeldTheLoop(Call call, boolean waited) {
        if (!call.doneAtReturn()) {
            return "countBelow held the loop for %d ms before it returned.".formatted(call.took().toMillis());
        }
        if (call.took().compareTo(HELD) < 0) {
            return ("countBelow returned a count already complete, worked out inside the call, on the loop's own "
                    + "thread, in %d ms.").formatted(call.took().toMillis());
        }
        if (waited) {
            return ("countBelow held the loop for %d ms, waiting: the search ran elsewhere while the loop's thread "
                    + "waited for its count.").formatted(call.took().toMillis());
        }
        return ("countBelow computed for %d ms inside the call, on the loop's own thread: until it returned, nothing "
                + "else could run on the loop.").formatted(call.took().toMillis());
    }
}
