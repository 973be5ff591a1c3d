package workbook.futures;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import workbook.kit.Timeline;

/** A slow step bounded in time: give up with an error ({@code orTimeout}) or answer with a fallback ({@code completeOnTimeout}). */
public final class Deadlines {

    private Deadlines() {
    }

    /** A step that answers only when {@code release} is counted down: as slow as the caller wants. */
    public static CompletableFuture<String> slowStep(CountDownLatch release, Executor executor) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                release.await();
                return "the slow answer";
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("slow step interrupted", interrupted);
            }
        }, executor);
    }

    // tag::or-timeout[]
    /** Fails with a TimeoutException as its cause if the step is not done within {@code limit}. */
    public static CompletableFuture<String> atMost(CompletableFuture<String> step, Duration limit) {
        return step.orTimeout(limit.toMillis(), TimeUnit.MILLISECONDS); // the step itself goes on running
    }
    // end::or-timeout[]

    // tag::complete-on-timeout[]
    /** Answers {@code fallback} if the step is not done within {@code limit}. */
    public static CompletableFuture<String> orElse(CompletableFuture<String> step, String fallback, Duration limit) {
        return step.completeOnTimeout(fallback, limit.toMillis(), TimeUnit.MILLISECONDS);
    }
    // end::complete-on-timeout[]

    // tag::run[]
    /** Bounds a step that would take forever, both ways, and shows what cancel() does. */
    public static void run(Consumer<String> out) {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            run(out, executor);
        }
    }
    // end::run[]

    private static void run(Consumer<String> out, Executor executor) {
        CountDownLatch release = new CountDownLatch(1);
        long start = System.nanoTime();
        try {
            atMost(slowStep(release, executor), Duration.ofMillis(500)).join();
        } catch (RuntimeException failure) {
            out.accept("orTimeout(500 ms) gave up after " + since(start) + ": " + Causes.unwrap(failure));
        }
        long again = System.nanoTime();
        out.accept("completeOnTimeout(\"a cached answer\", 500 ms) answered \""
                + orElse(slowStep(release, executor), "a cached answer", Duration.ofMillis(500)).join()
                + "\" after " + since(again));
        release.countDown(); // the slow steps were still running all along; let them finish
        Cancellation.run(out);
    }

    private static String since(long start) {
        return Timeline.seconds(Duration.ofNanos(System.nanoTime() - start));
    }
}
