package workbook.pitfalls;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import workbook.kit.Primes;

/**
 * A prime search requested from an {@link EventLoop}: call it from a task running on the loop.
 *
 * <p>SOLUTION: the loop only hands the work out and takes the answer back. The computing happens on
 * a worker thread (JavaScript's web worker, Python's {@code run_in_executor}), so the loop stays free
 * for its timers.
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
        return CompletableFuture.supplyAsync(() -> Primes.countBelowTheSlowWay(limit), workers) // computed off the loop
                .thenApplyAsync(count -> count, loop); // and handed back to the loop
    }
    // end::count-below[]
}
