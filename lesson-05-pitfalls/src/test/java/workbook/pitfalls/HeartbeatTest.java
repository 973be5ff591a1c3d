package workbook.pitfalls;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.kit.Timing.seconds;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
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
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import workbook.kit.Goal;
import workbook.kit.ThreadWaits;
import workbook.kit.Timing;

/** A heartbeat stops when cancelled, and says so with its interrupt flag. Short waits: side by side. */
@Execution(ExecutionMode.CONCURRENT)
class HeartbeatTest {

    private final List<String> printed = new CopyOnWriteArrayList<>();
    private final CountDownLatch twoBeats = new CountDownLatch(2);
    private final CountDownLatch ended = new CountDownLatch(1);
    private final CountDownLatch cancelled = new CountDownLatch(1);
    private volatile boolean holdAfterTheSecondBeat;
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

    /** Records a line; after the second beat it holds the heartbeat until the test has cancelled it. */
    private void print(String line) {
        printed.add(line);
        if (line.startsWith("beat")) {
            twoBeats.countDown();
        }
        if (holdAfterTheSecondBeat && line.equals("beat 2")) {
            try {
                cancelled.await(10, TimeUnit.SECONDS); // the interrupt lands here, between two beats, every time
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt(); // not ours to swallow: the heartbeat's next sleep sees it
            }
        }
    }

    @Test
    @Goal(exercise = Heartbeat.class, failsBecause = "caught InterruptedException and carried on")
    void aCancelledHeartbeatStopsAtOnce() throws Exception {
        holdAfterTheSecondBeat = true;
        Future<?> running = start(new Heartbeat(Duration.ofMillis(100), 30, this::print)::run);

        int printedBeforeCancel = printed.size(); // the heartbeat is held inside its second beat
        running.cancel(true); // interrupts the thread running it
        cancelled.countDown();
        Timing.of("the heartbeat ending after cancel(true)")
                .shouldTakeBetween(Duration.ZERO, seconds(0.5))
                .hint(() -> """
                        Heartbeat.run caught InterruptedException and carried on, so it cannot be cancelled \
                        (it printed %s). Expected the task to stop when it is interrupted.""".formatted(printed))
                .run(() -> ended.await(10, TimeUnit.SECONDS));

        List<String> beatsAfterCancel = printed.subList(printedBeforeCancel, printed.size()).stream()
                .filter(line -> line.startsWith("beat")).toList();
        assertThat(beatsAfterCancel).overridingErrorMessage("""
                Heartbeat.run ended quickly, but after cancel(true) it still printed %s: it caught \
                InterruptedException and carried on, through every beat left, without waiting. Expected no beat \
                after the task was cancelled.""", beatsAfterCancel).isEmpty();
        assertThat(interruptSeenAfterwards).overridingErrorMessage("""
                Heartbeat.run stopped, but the interrupt flag was clear afterwards: catching \
                InterruptedException clears it, so the code running the task cannot see that it was asked to \
                stop. Expected the flag still set when run returns.""").isTrue();
    }

    @Test
    void waitingForTheNextBeatCostsNoCpu() throws Exception {
        CompletableFuture<Thread> beating = new CompletableFuture<>();
        Future<?> running = single.submit(() -> {
            beating.complete(Thread.currentThread());
            new Heartbeat(Duration.ofSeconds(30), 1, this::print).run(); // its first beat 30 s away
        });
        Thread thread = beating.get(10, TimeUnit.SECONDS);
        // judged on the thread's own state and CPU time: a busy machine slows a spinning thread, never stills it
        ThreadWaits.Watched watched = ThreadWaits.watch(thread, Duration.ofMillis(300), Duration.ofMillis(200), Duration.ofSeconds(30));
        running.cancel(true);
        assertThat(watched.spins()).withFailMessage(String.format(Locale.ROOT, """
                the heartbeat's thread used %.3f s of CPU while it waited 30 s for its first beat, without once \
                sitting still: it checks the time (or its interrupt flag) over and over instead of sleeping. \
                Thread.sleep takes the thread off the CPU and still wakes it at once when it is interrupted; look at \
                how Heartbeat.run waits between beats""", watched.cpu().toNanos() / 1e9)).isFalse();
    }

    @Test
    void anUncancelledHeartbeatBeatsEveryTime() throws Exception {
        new Heartbeat(Duration.ofMillis(10), 5, this::print).run();

        assertThat(printed).containsExactly("beat 1", "beat 2", "beat 3", "beat 4", "beat 5");
    }
}
