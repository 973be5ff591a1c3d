package workbook.pitfalls;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import workbook.kit.Primes;

/**
 * A prime search requested from an {@link EventLoop}: call it from a task running on the loop.
 *
 * <p>EXERCISE: blocking the loop with CPU work. Run {@code ./mvnw -pl lesson-05-pitfalls test} and read
 * what {@code PrimeSearchTest} measured.
 */
public final class PrimeSearch {

    private final EventLoop loop;
    private final Executor workers;

    /** {@code workers} are threads for computing, like a browser's web workers. */
    public PrimeSearch(EventLoop loop, Executor workers) {
        this.loop = loop;
        this.workers = workers;
    }

    // tag::count-below[]
    /** Counts the primes below {@code limit}; the future completes on the loop with the count. */
    public CompletableFuture<Integer> countBelow(int limit) {
        // TODO: the search runs right here, on the loop's only thread: until it ends, no timer fires
        //  and no other task runs. Hand the computation to the workers (supplyAsync with them), and
        //  bring the count back to the loop (thenApplyAsync with the loop as executor).
        return loop.completed(Primes.countBelowTheSlowWay(limit));
    }
    // end::count-below[]
}
