package workbook.pitfalls;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Greets someone after a delay, on an {@link EventLoop}: call it from a task running on the loop.
 *
 * <p>EXERCISE: waiting on the loop from the loop. Run {@code ./mvnw -pl lesson-05-pitfalls test} and
 * read what {@code LoopGreeterTest} found.
 */
public final class LoopGreeter {

    private final EventLoop loop;

    public LoopGreeter(EventLoop loop) {
        this.loop = loop;
    }

    // tag::greet-after[]
    /** Returns at once; the future completes with the greeting once {@code delay} has passed. */
    public CompletableFuture<String> greetAfter(Duration delay, String person) {
        // TODO: join() makes the loop wait for a timer that only the loop itself can fire: it would
        //  wait forever, and the loop refuses. Do not wait here: return the timer's future with the
        //  greeting chained on it (a then… method), and let the loop get on with other work.
        loop.sleep(delay).join();
        return loop.completed("Hello " + person + " 👋");
    }
    // end::greet-after[]
}
