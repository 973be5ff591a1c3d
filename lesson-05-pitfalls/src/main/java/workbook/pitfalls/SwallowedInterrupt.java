package workbook.pitfalls;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import workbook.kit.Timeline;

/** Pitfall 7: a task that catches {@link InterruptedException} and carries on cannot be cancelled. */
public final class SwallowedInterrupt {

    public static final Duration INTERVAL = Duration.ofMillis(100);

    private SwallowedInterrupt() {
    }

    // tag::mistake[]
    /** The mistake: the interrupt is caught, and forgotten. */
    public static void beatRegardless(Duration interval, int beats, Consumer<String> out) {
        for (int beat = 1; beat <= beats; beat++) {
            try {
                Thread.sleep(interval);
            } catch (InterruptedException ignored) {
                out.accept("interrupted, but carrying on"); // the stop request ends here
            }
            out.accept("beat " + beat);
        }
    }
    // end::mistake[]

    /** Cancels the mistake after three beats, then {@link Heartbeat}; says how long each took to stop. */
    public static void run(Consumer<String> out) throws Exception {
        out.accept("The mistake: the heartbeat swallows the interrupt");
        cancelAfterThreeBeats(out, line -> () -> beatRegardless(INTERVAL, 10, line));
        out.accept("The fix: Heartbeat stops when interrupted");
        cancelAfterThreeBeats(out, line -> new Heartbeat(INTERVAL, 10, line)::run);
    }

    private static void cancelAfterThreeBeats(Consumer<String> out,
            java.util.function.Function<Consumer<String>, Runnable> task) throws Exception {
        CountDownLatch threeBeats = new CountDownLatch(3);
        CountDownLatch stopped = new CountDownLatch(1);
        Consumer<String> line = text -> {
            out.accept("  " + text);
            if (text.startsWith("beat")) {
                threeBeats.countDown();
            }
        };
        try (ExecutorService single = Executors.newSingleThreadExecutor()) {
            Future<?> running = single.submit(() -> {
                try {
                    task.apply(line).run();
                } finally {
                    stopped.countDown();
                }
            });
            threeBeats.await(10, TimeUnit.SECONDS);
            running.cancel(true);
            long cancelled = System.nanoTime();
            out.accept("  cancel(true)");
            stopped.await(10, TimeUnit.SECONDS);
            out.accept("  the task ended %s after it was cancelled".formatted(
                    Timeline.seconds(Duration.ofNanos(System.nanoTime() - cancelled))));
        }
    }
}
