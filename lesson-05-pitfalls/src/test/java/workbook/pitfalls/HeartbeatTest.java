package workbook.pitfalls;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.kit.Timing.seconds;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import workbook.kit.Goal;
import workbook.kit.Timing;

class HeartbeatTest {

    private final List<String> printed = new CopyOnWriteArrayList<>();
    private final CountDownLatch twoBeats = new CountDownLatch(2);
    private final CountDownLatch ended = new CountDownLatch(1);
    private final AtomicBoolean interruptSeenAfterwards = new AtomicBoolean();
    // Daemon threads: a task that cannot be cancelled must not keep the test JVM alive.
    private final ExecutorService single = Executors.newSingleThreadExecutor(
            task -> Thread.ofPlatform().name("heartbeat").daemon().unstarted(task));

    @AfterEach
    void stop() {
        single.shutdownNow();
    }

    private Future<?> start(Runnable heartbeat) throws InterruptedException {
        Future<?> running = single.submit(() -> {
            try {
                heartbeat.run();
            } finally {
                interruptSeenAfterwards.set(Thread.currentThread().isInterrupted());
                ended.countDown();
            }
        });
        assertThat(twoBeats.await(10, TimeUnit.SECONDS)).as("the heartbeat did not beat twice in 10 s: %s", printed)
                .isTrue();
        return running;
    }

    private void print(String line) {
        printed.add(line);
        if (line.startsWith("beat")) {
            twoBeats.countDown();
        }
    }

    @Test
    @Goal(exercise = Heartbeat.class, failsBecause = "caught InterruptedException and carried on")
    void aCancelledHeartbeatStopsAtOnce() throws Exception {
        Future<?> running = start(new Heartbeat(Duration.ofMillis(100), 30, this::print)::run);

        running.cancel(true); // interrupts the thread running it
        Timing.of("the heartbeat ending after cancel(true)")
                .shouldTakeBetween(Duration.ZERO, seconds(0.5))
                .hint("""
                        Heartbeat.run caught InterruptedException and carried on, so it cannot be cancelled \
                        (it printed %s). When Thread.sleep is interrupted, stop the task.""".formatted(printed))
                .run(() -> ended.await(10, TimeUnit.SECONDS));

        assertThat(interruptSeenAfterwards).as("""
                Heartbeat.run stopped, but the interrupt flag was clear afterwards: catching \
                InterruptedException clears it. Set it again (Thread.currentThread().interrupt()) so the code \
                running the task can see it was asked to stop.""").isTrue();
        assertThat(printed).doesNotContain("beat 30");
    }

    @Test
    void anUncancelledHeartbeatBeatsEveryTime() throws Exception {
        new Heartbeat(Duration.ofMillis(10), 5, this::print).run();

        assertThat(printed).containsExactly("beat 1", "beat 2", "beat 3", "beat 4", "beat 5");
    }

    @Test
    void theMistakeOutlivesItsCancellation() throws Exception {
        Future<?> running = start(() -> SwallowedInterrupt.beatRegardless(Duration.ofMillis(100), 6, this::print));

        running.cancel(true);

        assertThat(ended.await(250, TimeUnit.MILLISECONDS)).as("the mistaken heartbeat stopped when cancelled").isFalse();
        assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(printed).contains("interrupted, but carrying on", "beat 6");
    }
}
