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
        CountDownLatch twoBeats = new CountDownLatch(2);
        CountDownLatch ended = new CountDownLatch(1);
        ExecutorService single = Executors.newSingleThreadExecutor(
                task -> Thread.ofPlatform().name("heartbeat").daemon().unstarted(task));
        try {
            Future<?> running = single.submit(() -> {
                try {
                    SwallowedInterrupt.beatRegardless(Duration.ofMillis(100), 10, line -> {
                        printed.add(line);
                        if (line.startsWith("beat")) {
                            twoBeats.countDown();
                        }
                    });
                } finally {
                    ended.countDown();
                }
            });
            assertThat(twoBeats.await(10, TimeUnit.SECONDS)).as("two beats within 10 s: %s", printed).isTrue();
            running.cancel(true);

            assertThat(ended.await(250, TimeUnit.MILLISECONDS)).as("the mistaken heartbeat stopped when cancelled").isFalse();
            assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(printed).contains("interrupted, but carrying on", "beat 10");
        } finally {
            single.shutdownNow();
        }
    }
}
