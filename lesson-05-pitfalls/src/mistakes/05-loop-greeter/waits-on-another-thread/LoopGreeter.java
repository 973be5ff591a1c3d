// Mistake: moves the wait off the loop with supplyAsync on a delayed executor: the common pool completes the greeting.
// Rejected with: "not on the event loop"
package workbook.pitfalls;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

public final class LoopGreeter {

    private final EventLoop loop;

    public LoopGreeter(EventLoop loop) {
        this.loop = loop;
    }

    /** Returns at once; the future completes with the greeting once {@code delay} has passed. */
    public CompletableFuture<String> greetAfter(Duration delay, String person) {
        return CompletableFuture.supplyAsync(() -> "Hello " + person + " 👋",
                CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS));
    }
}
