package workbook.pitfalls;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/** Pitfall 1, the talk's "await outside an async function": a loop task that waits for the loop. */
public final class WaitingOnTheLoop {

    private static final Duration WAIT = Duration.ofMillis(100);

    private WaitingOnTheLoop() {
    }

    // tag::mistake[]
    /** The mistake: a task on the loop blocks on the loop's own timer. */
    public static String joinOnTheLoop(EventLoop loop) {
        loop.sleep(WAIT).join(); // the timer that completes this can only fire once this task is over
        return "Hello Guido van Rossum 👋";
    }
    // end::mistake[]

    /** The mistake without the guard: a plain future, given up on after {@code patience}. */
    public static String waitForItselfUnguarded(EventLoop loop, Duration patience) throws Exception {
        CompletableFuture<String> greeting = new CompletableFuture<>();
        loop.setTimeout(WAIT, () -> greeting.complete("Hello Guido van Rossum 👋"));
        try {
            return greeting.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stuck) {
            throw new TimeoutException("the loop waited %d ms for its own 100 ms timer, which could not fire meanwhile"
                    .formatted(patience.toMillis()));
        }
    }

    /** Shows the mistake refused, the same mistake unguarded, and then {@link LoopGreeter} chaining instead. */
    public static void run(Consumer<String> out) throws Exception {
        try (EventLoop loop = new EventLoop("event-loop")) {
            out.accept("The mistake: a task on the loop joins a 100 ms timer of the same loop");
            out.accept("  " + outcome(loop.submit(() -> joinOnTheLoop(loop))));

            out.accept("The same with a plain CompletableFuture (no guard), giving up after 1 s");
            out.accept("  " + outcome(loop.submit(() -> waitForItselfUnguarded(loop, Duration.ofSeconds(1)))));

            out.accept("The fix: LoopGreeter chains the greeting on the timer and returns at once");
            long start = System.nanoTime();
            CompletableFuture<String> greeting = loop.submit(
                    () -> new LoopGreeter(loop).greetAfter(WAIT, "Guido van Rossum")).thenCompose(future -> future);
            loop.execute(() -> out.accept("  meanwhile the loop runs other tasks"));
            out.accept("  " + outcome(greeting) + " after "
                    + workbook.kit.Timeline.seconds(Duration.ofNanos(System.nanoTime() - start)));
        }
    }

    private static String outcome(CompletableFuture<String> future) {
        return future.handle((value, failure) -> failure == null ? value : "failed: " + rootOf(failure))
                .completeOnTimeout("still waiting after 5 s", 5, TimeUnit.SECONDS)
                .join();
    }

    static String rootOf(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause instanceof java.util.concurrent.CompletionException) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
