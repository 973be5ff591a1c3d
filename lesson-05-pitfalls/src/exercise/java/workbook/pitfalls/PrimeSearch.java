package workbook.pitfalls;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import workbook.kit.Primes;

/**
 * A prime search requested from an {@link EventLoop}: call it from a task running on the loop.
 *
 * <p>EXERCISE: blocking the loop with CPU work. Run {@code ./workbook run 05-prime-search}
 * and read what its tests found.
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
        // TODO: while this search runs, what else can the loop's only thread do? When can a timer that
        //  is due fire?
        return loop.completed(Primes.countBelowTheSlowWay(limit));
    }
    // end::count-below[]
}
