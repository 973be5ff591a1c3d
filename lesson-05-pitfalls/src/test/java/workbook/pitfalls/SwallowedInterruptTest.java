package workbook.pitfalls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** The mistake of pitfall 7 as the chapter shows it: a heartbeat that swallows the interrupt outlives cancel(true). */
@Execution(ExecutionMode.CONCURRENT)
class SwallowedInterruptTest {

    @Test
    void theMistakeOutlivesItsCancellation() throws Exception {
        List<String> printed = new CopyOnWriteArrayList<>();
        CountDownLatch atBeatTwo = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        ExecutorService single = Executors.newSingleThreadExecutor(
                task -> Thread.ofPlatform().name("heartbeat").daemon().unstarted(task));
        try {
            Future<?> running = single.submit(() -> {
                try {
                    SwallowedInterrupt.beatRegardless(Duration.ofMillis(100), 10, line -> {
                        printed.add(line);
                        if (line.equals("beat 2")) { // held here until cancelled: no beat is missed, however busy the machine
                            atBeatTwo.countDown();
                            holdUntil(cancelled);
                        }
                    });
                } finally {
                    ended.countDown();
                }
            });
            assertThat(atBeatTwo.await(10, TimeUnit.SECONDS)).as("two beats within 10 s: %s", printed).isTrue();
            running.cancel(true);
            cancelled.countDown();

            assertThat(ended.await(10, TimeUnit.SECONDS)).as("the heartbeat ended within 10 s: %s", printed).isTrue();
            assertThat(printed.subList(printed.indexOf("beat 2") + 1, printed.size()))
                    .as("what the mistaken heartbeat printed after it was cancelled")
                    .startsWith("interrupted, but carrying on", "beat 3").endsWith("beat 10").hasSize(9);
        } finally {
            single.shutdownNow();
        }
    }

    /** Waits for the latch without giving up on an interrupt, then interrupts itself again: the mistake's sleep gets it. */
    private static void holdUntil(CountDownLatch latch) {
        boolean interrupted = false;
        while (latch.getCount() > 0) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
