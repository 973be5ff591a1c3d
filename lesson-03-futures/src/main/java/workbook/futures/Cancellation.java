package workbook.futures;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * What {@code cancel(true)} does to the work behind a future: a {@link CompletableFuture} only
 * changes its own state, the work goes on; an executor's {@link Future} interrupts its thread.
 * Ordered with latches, never with sleeps, so the outcome does not depend on the machine's speed.
 */
public final class Cancellation {

    /** What happened: was the future cancelled, did the work run to its end, was its thread interrupted. */
    public record Outcome(String future, boolean cancelled, boolean workRanToEnd, boolean workInterrupted) {
        @Override
        public String toString() {
            return "%s: cancel(true) → cancelled=%s; the work %s".formatted(future, cancelled,
                    workInterrupted ? "was interrupted" : workRanToEnd ? "ran to its end anyway" : "stopped");
        }
    }

    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private Cancellation() {
    }

    // tag::completable[]
    /** Cancels a CompletableFuture while its work is running, then lets the work go on. */
    public static Outcome ofCompletableFuture() {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        CompletableFuture<Boolean> workEnded = new CompletableFuture<>(); // true: ran to the end, false: interrupted
        try (ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("worker").factory())) {
            CompletableFuture<String> future = CompletableFuture.supplyAsync(() -> {
                started.countDown();
                try {
                    goOn.await();
                    workEnded.complete(!Thread.currentThread().isInterrupted());
                } catch (InterruptedException interrupted) {
                    workEnded.complete(false);
                }
                return "result nobody will read";
            }, worker);
            awaitOrFail(started, "the CompletableFuture's work to start");
            boolean cancelled = future.cancel(true); // true is ignored: the future has no idea which thread runs the work
            goOn.countDown();                        // the work was not stopped: it carries on from here
            boolean ranToEnd = valueOrFail(workEnded, "the CompletableFuture's work to end after cancel");
            return new Outcome("CompletableFuture", cancelled && future.isCancelled(), ranToEnd, !ranToEnd);
        }
    }
    // end::completable[]

    // tag::executor[]
    /** Cancels an executor's Future while its work is running: its thread is interrupted. */
    public static Outcome ofExecutorFuture() {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        CompletableFuture<Boolean> workEnded = new CompletableFuture<>();
        try (ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("worker").factory())) {
            Future<String> future = worker.submit(() -> {
                started.countDown();
                try {
                    never.await(PATIENCE.toSeconds() * 2, TimeUnit.SECONDS); // only an interrupt ends this early
                    workEnded.complete(true);
                } catch (InterruptedException interrupted) {
                    workEnded.complete(false);
                }
                return "result nobody will read";
            });
            awaitOrFail(started, "the executor's work to start");
            boolean cancelled = future.cancel(true); // interrupts the thread running the work
            boolean ranToEnd = valueOrFail(workEnded, "the executor's work to react to cancel(true)");
            return new Outcome("ExecutorService Future", cancelled && future.isCancelled(), ranToEnd, !ranToEnd);
        }
    }
    // end::executor[]

    /** Prints both outcomes. */
    public static void run(Consumer<String> out) {
        out.accept(ofCompletableFuture().toString());
        out.accept(ofExecutorFuture().toString());
    }

    private static void awaitOrFail(CountDownLatch latch, String what) {
        try {
            if (!latch.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("stuck: waited " + PATIENCE.toSeconds() + " s for " + what);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what, interrupted);
        }
    }

    private static boolean valueOrFail(CompletableFuture<Boolean> future, String what) {
        try {
            return future.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stuck) {
            throw new IllegalStateException("stuck: waited " + PATIENCE.toSeconds() + " s for " + what, stuck);
        } catch (ExecutionException | InterruptedException failure) {
            throw new IllegalStateException("failed waiting for " + what, failure);
        }
    }
}
