package workbook.pitfalls;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import workbook.kit.Greeting;
import workbook.kit.Timeline;

/**
 * The talk's {@code async def greet_after}: a greeting that waits without holding a thread.
 *
 * <p>{@link #greetAfter} returns at once; a timer completes the future when the delay is over, the
 * way {@code await asyncio.sleep(delay)} hands control back to the event loop.
 */
public final class AsyncGreeter {

    // One daemon timer thread for every greeting: waiting costs a heap entry, not a thread.
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(
            task -> Thread.ofPlatform().name("greeting-timer").daemon().unstarted(task));

    private final Consumer<String> out;
    private final Timeline timeline;

    public AsyncGreeter(Consumer<String> out, Timeline timeline) {
        this.out = out;
        this.timeline = timeline;
    }

    // tag::greet-after[]
    /** Starts the greeting now; the future completes with the message once it has been said. */
    public CompletableFuture<String> greetAfter(Greeting greeting) {
        Thread caller = Thread.currentThread();
        Duration start = timeline.now();
        CompletableFuture<String> said = new CompletableFuture<>();
        TIMER.schedule(() -> {
            out.accept(greeting.message());
            timeline.add(greeting.person(), caller, start, timeline.now());
            said.complete(greeting.message());
        }, greeting.delay().toNanos(), TimeUnit.NANOSECONDS);
        return said;
    }
    // end::greet-after[]
}
