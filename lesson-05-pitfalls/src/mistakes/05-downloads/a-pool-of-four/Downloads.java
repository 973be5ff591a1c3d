// Mistake: a fixed pool of four threads, closed: big enough for the four pages of the first test, not for more.
// Rejected with: "pages waited on only 4 threads"
package workbook.pitfalls;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public final class Downloads {

    /** Fetches every page; returns once all have arrived, in the order asked. */
    public List<String> fetchAll(List<String> pages) {
        try (ExecutorService fetchers = Executors.newFixedThreadPool(4)) {
            List<CompletableFuture<String>> pending = pages.stream()
                    .map(page -> CompletableFuture.supplyAsync(() -> SlowNetwork.fetch(page), fetchers))
                    .toList();
            return pending.stream().map(CompletableFuture::join).toList();
        }
    }
}
