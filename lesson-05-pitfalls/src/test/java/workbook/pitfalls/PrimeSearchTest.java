package workbook.pitfalls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import workbook.kit.Goal;
import workbook.kit.Primes;
import workbook.kit.Timeline;

class PrimeSearchTest {

    private final EventLoop loop = new EventLoop("event-loop");
    private final ExecutorService workers = Executors.newFixedThreadPool(1,
            task -> Thread.ofPlatform().name("worker").daemon().unstarted(task));
    private final Timeline timeline = Timeline.startingNow();

    @AfterEach
    void stop() {
        loop.close();
        workers.shutdownNow();
    }

    @Test
    @Goal(exercise = PrimeSearch.class, failsBecause = "the timer fired late")
    void theTimerFiresOnTimeWhileThePrimesAreSearched() throws Exception {
        BlockingTheLoop.Race race = BlockingTheLoop.race(loop, new PrimeSearch(loop, workers)::countBelow,
                BlockingTheLoop.LIMIT, timeline);

        assertThat(race.timerFired().compareTo(race.countArrived()) < 0
                && race.timerFired().compareTo(Duration.ofMillis(400)) <= 0).as("""
                the timer fired late: the 100 ms timer fired after %d ms, %d ms late, and the prime search \
                answered after %d ms. A timer can only fire when the loop is free: the search ran on the \
                loop's own thread and held it. Expected the timer within 100–400 ms, before the search ends: \
                in PrimeSearch.countBelow, hand Primes.countBelowTheSlowWay to the workers and bring the count back to \
                the loop.
                %s""", race.timerFired().toMillis(), race.lateness().toMillis(), race.countArrived().toMillis(),
                timeline).isTrue();
        assertThat(race.timerFired()).as("a timer never fires early").isGreaterThanOrEqualTo(BlockingTheLoop.TIMER);
    }

    @Test
    void theCountIsRightAndComesBackOnTheLoop() throws Exception {
        String[] thread = new String[1];
        Integer count = loop.submit(() -> new PrimeSearch(loop, workers).countBelow(10_000)
                        .thenApply(primes -> {
                            thread[0] = Thread.currentThread().getName();
                            return primes;
                        }))
                .thenCompose(future -> future).get(30, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(count).isEqualTo(1229); // π(10 000)
        assertThat(thread[0]).isEqualTo("event-loop");
    }

    @Test
    void theMistakeHoldsTheTimerUntilTheSearchIsOver() throws Exception {
        BlockingTheLoop.Race race = BlockingTheLoop.race(loop, limit -> BlockingTheLoop.countOnTheLoop(loop, limit),
                BlockingTheLoop.LIMIT, timeline);

        assertThat(race.count()).isEqualTo(7837); // π(80 000)
        assertThat(race.timerFired()).as("on the loop, the search finishes before the timer can fire\n%s", timeline)
                .isGreaterThanOrEqualTo(race.countArrived());
    }
}
