// Mistake: hands the search to the workers, then joins it on the loop: the loop computes nothing, but waits.
// Rejected with: "waiting"
package workbook.pitfalls;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import workbook.kit.Primes;

public final class PrimeSearch {

    private final EventLoop loop;
    private final Executor workers;

    /** {@code workers} are threads for computing, like a browser's web workers. */
    public PrimeSearch(EventLoop loop, Executor workers) {
        this.loop = loop;
        this.workers = workers;
    }

    /** Counts the primes below {@code limit}; the future completes on the loop with the count. */
    public CompletableFuture<Integer> countBelow(int limit) {
        int count = CompletableFuture.supplyAsync(() -> Primes.countBelowTheSlowWay(limit), workers).join();
        return loop.completed(count);
    }
}
