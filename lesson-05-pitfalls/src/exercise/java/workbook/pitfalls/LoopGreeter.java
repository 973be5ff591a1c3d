package workbook.pitfalls;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Greets someone after a delay, on an {@link EventLoop}: call it from a task running on the loop.
 *
 * <p>EXERCISE: waiting on the loop from the loop. Run {@code ./workbook run 05-loop-greeter}
 * and read what its tests found.
 */
public final class LoopGreeter {

    private final EventLoop loop;

    public LoopGreeter(EventLoop loop) {
        this.loop = loop;
    }

    // tag::greet-after[]
    /** Returns at once; the future completes with the greeting once {@code delay} has passed. */
    public CompletableFuture<String> greetAfter(Duration delay, String person) {
        // TODO: the loop refuses this join(). Which thread would fire the timer that join() waits for,
        //  while the loop's only thread is the one waiting?
        loop.sleep(delay).join();
        return loop.completed("Hello " + person + " 👋");
    }
    // end::greet-after[]
}
