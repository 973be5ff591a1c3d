// Mistake: removes the wait altogether and returns the greeting at once.
// Rejected with: "expected after its"
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
        return loop.completed("Hello " + person + " 👋");
    }
}
