// Mistake: chains on the loop's timer, but for delay.toSeconds() seconds: 300 ms becomes 0 s.
// Rejected with: "before a 300 ms timer set on the loop just before it"
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
        return loop.sleep(Duration.ofSeconds(delay.toSeconds())) // the timer counts in seconds
                .thenApply(woken -> "Hello " + person + " 👋");
    }
    // end::greet-after[]
}
