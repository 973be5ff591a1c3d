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

    /** Says a greeting once it is due. */
    @FunctionalInterface
    public interface Timer {
        void whenDue(Greeting greeting, Runnable say);
    }

    // One daemon timer thread for every greeting: waiting costs a heap entry, not a thread.
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(
            task -> Thread.ofPlatform().name("greeting-timer").daemon().unstarted(task));

    /** The timer every greeter uses unless told otherwise: each greeting said after its delay. */
    public static final Timer ON_TIME =
            (greeting, say) -> TIMER.schedule(say, greeting.delay().toNanos(), TimeUnit.NANOSECONDS);

    private final Consumer<String> out;
    private final Timeline timeline;
    private final Timer timer;

    public AsyncGreeter(Consumer<String> out, Timeline timeline) {
        this(out, timeline, ON_TIME);
    }

    /** A greeter on another timer: a test's, which can watch the greetings or make one late. */
    public AsyncGreeter(Consumer<String> out, Timeline timeline, Timer timer) {
        this.out = out;
        this.timeline = timeline;
        this.timer = timer;
    }

    // tag::greet-after[]
    /** Starts the greeting now; the future completes with the message once it has been said. */
    public CompletableFuture<String> greetAfter(Greeting greeting) {
        Thread caller = Thread.currentThread();
        Duration start = timeline.now();
        CompletableFuture<String> said = new CompletableFuture<>();
        timer.whenDue(greeting, () -> {
            out.accept(greeting.message());
            timeline.add(greeting.person(), caller, start, timeline.now());
            said.complete(greeting.message());
        });
        return said;
    }
    // end::greet-after[]
}
