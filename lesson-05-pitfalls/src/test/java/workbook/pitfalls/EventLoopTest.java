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
        // Each timer's deadline lies between "set + delay" read before and after setting it: the order is judged
        // against those deadlines, so a busy machine that holds this thread back between the two never swaps them.
        List<String> fired = new CopyOnWriteArrayList<>();
        long[] early = new long[2];
        long[] late = new long[2];
        long[] firedAt = new long[2];
        Duration[] delays = {Duration.ofMillis(120), Duration.ofMillis(40)};
        for (int i = 0; i < 2; i++) {
            int timer = i;
            early[i] = System.nanoTime() + delays[i].toNanos();
            loop.setTimeout(delays[i], () -> {
                firedAt[timer] = System.nanoTime();
                fired.add(delays[timer].toMillis() + " ms");
            });
            late[i] = System.nanoTime() + delays[i].toNanos();
        }
        loop.sleep(Duration.ofMillis(150)).get(5, TimeUnit.SECONDS);

        List<String> dueOrder = late[1] < early[0] ? List.of("40 ms", "120 ms") : early[1] > late[0] ? List.of("120 ms", "40 ms") : null;
        if (dueOrder != null) {
            assertThat(fired).as("the timers in the order they fired, their deadlines apart").containsExactlyElementsOf(dueOrder);
        }
        assertThat(fired).containsExactlyInAnyOrder("40 ms", "120 ms");
        for (int i = 0; i < 2; i++) {
            assertThat(firedAt[i]).as("the %d ms timer fired, at the earliest at its deadline", delays[i].toMillis())
                    .isGreaterThanOrEqualTo(early[i]);
        }
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
