// Mistake: chains the greeting on the timer, but returns another future, made up front, that nothing completes.
// Rejected with: "nothing completes the future it returned"
package workbook.pitfalls;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Greetings on the event loop: asked for now, said after their delay. */
public final class LoopGreeter {

    private final EventLoop loop;

    public LoopGreeter(EventLoop loop) {
        this.loop = loop;
    }

    // tag::greet-after[]
    /** Returns at once; the future completes with the greeting once {@code delay} has passed. */
    public CompletableFuture<String> greetAfter(Duration delay, String person) {
        CompletableFuture<String> greeting = new CompletableFuture<>(); // what the caller gets now
        loop.sleep(delay).thenApply(woken -> "Hello " + person + " 👋"); // the greeting, once the timer fires
        return greeting;
    }
    // end::greet-after[]
}
