package workbook.pitfalls;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Greets someone after a delay, on an {@link EventLoop}: call it from a task running on the loop.
 *
 * <p>SOLUTION: nothing waits. The greeting is chained on the timer's future, so this method returns
 * at once, the loop runs other tasks meanwhile, and the timer completes the greeting when it fires.
 */
public final class LoopGreeter {

    private final EventLoop loop;

    public LoopGreeter(EventLoop loop) {
        this.loop = loop;
    }

    // tag::greet-after[]
    /** Returns at once; the future completes with the greeting once {@code delay} has passed. */
    public CompletableFuture<String> greetAfter(Duration delay, String person) {
        return loop.sleep(delay).thenApply(woken -> "Hello " + person + " 👋"); // runs when the timer fires
    }
    // end::greet-after[]
}
