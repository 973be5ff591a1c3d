// Mistake: a thread per page from a cached pool that is never shut down: fast, but its threads outlive the call.
// Rejected with: "yet its JVM was still running"
package workbook.pitfalls;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public final class Downloads {

    /** Fetches every page; returns once all have arrived, in the order asked. */
    public List<String> fetchAll(List<String> pages) {
        ExecutorService fetchers = Executors.newCachedThreadPool();
        List<CompletableFuture<String>> pending = pages.stream()
                .map(page -> CompletableFuture.supplyAsync(() -> SlowNetwork.fetch(page), fetchers))
                .toList();
        return pending.stream().map(CompletableFuture::join).toList();
    }
}
