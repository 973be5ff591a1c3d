// Mistake: chains on the timer, but on a fixed 300 ms timer (the delay of the first test) instead of the delay asked.
// Rejected with: "expected after its 450 ms delay"
package workbook.pitfalls;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

public final class LoopGreeter {

    private final EventLoop loop;

    public LoopGreeter(EventLoop loop) {
        this.loop = loop;
    }

    /** Returns at once; the future completes with the greeting once {@code delay} has passed. */
    public CompletableFuture<String> greetAfter(Duration delay, String person) {
        return loop.sleep(Duration.ofMillis(300)).thenApply(woken -> "Hello " + person + " 👋");
    }
}
