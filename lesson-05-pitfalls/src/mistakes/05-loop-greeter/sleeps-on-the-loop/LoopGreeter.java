// Mistake: replaces join() with Thread.sleep(delay): no refusal from the loop, but the loop is held for the whole delay.
// Rejected with: "blocked the event loop for the whole delay"
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
        try {
            Thread.sleep(delay);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return loop.completed("Hello " + person + " 👋");
    }
}
