package workbook.pitfalls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventLoopTest {

    private final EventLoop loop = new EventLoop("event-loop");

    @AfterEach
    void closeLoop() {
        loop.close();
    }

    @Test
    void runsEveryTaskInOrderOnItsOneThread() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        for (int i = 1; i <= 3; i++) {
            int task = i;
            loop.execute(() -> ran.add("task " + task + " on " + Thread.currentThread().getName()));
        }
        loop.submit(() -> null).get(5, TimeUnit.SECONDS);

        assertThat(ran).containsExactly("task 1 on event-loop", "task 2 on event-loop", "task 3 on event-loop");
    }

    @Test
    void timersFireInTheOrderTheyAreDueAndNeverEarly() throws Exception {
        List<String> fired = new CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        loop.setTimeout(Duration.ofMillis(120), () -> fired.add("120 ms"));
        loop.setTimeout(Duration.ofMillis(40), () -> fired.add("40 ms"));
        loop.sleep(Duration.ofMillis(150)).get(5, TimeUnit.SECONDS);

        assertThat(fired).containsExactly("40 ms", "120 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }

    @Test
    void joiningTheLoopsOwnFutureOnTheLoopFailsAtOnceNamingTheMistake() {
        long start = System.nanoTime();
        CompletableFuture<String> mistake = loop.submit(() -> WaitingOnTheLoop.joinOnTheLoop(loop));

        assertThatThrownBy(() -> mistake.get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(BlockingTheLoopException.class)
                .hasMessageContaining("join() on the event loop's own thread (event-loop)")
                .hasMessageContaining("wait for itself forever")
                .hasMessageContaining("Chain the next step");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the loop should refuse at once, not wait for the timer")
                .isLessThan(Duration.ofMillis(90));
    }

    @Test
    void withoutTheGuardTheLoopWaitsForItselfUntilItGivesUp() {
        long start = System.nanoTime();
        CompletableFuture<String> unguarded =
                loop.submit(() -> WaitingOnTheLoop.waitForItselfUnguarded(loop, Duration.ofMillis(400)));

        assertThatThrownBy(() -> unguarded.get(5, TimeUnit.SECONDS))
                .cause().isInstanceOf(TimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .as("the 100 ms timer cannot fire while the loop waits: only the 400 ms patience ends it")
                .isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void waitingForTheLoopFromAnotherThreadIsFine() throws Exception {
        assertThat(loop.sleep(Duration.ofMillis(20)).join()).isNull();
        assertThat(loop.submit(() -> "done").get()).isEqualTo("done");
    }

    @Test
    void aFutureThatIsAlreadyDoneCanBeReadOnTheLoop() throws Exception {
        String read = loop.submit(() -> loop.completed("ready").join()).get(5, TimeUnit.SECONDS);

        assertThat(read).isEqualTo("ready");
    }

    @Test
    void chainedStagesAreLoopFuturesAndTheirAsyncStepsRunOnTheLoop() throws Exception {
        CompletableFuture<String> chained = loop.sleep(Duration.ofMillis(10))
                .thenApplyAsync(ignored -> Thread.currentThread().getName());

        assertThat(chained).isInstanceOf(LoopFuture.class);
        assertThat(chained.get(5, TimeUnit.SECONDS)).isEqualTo("event-loop");
    }
}
