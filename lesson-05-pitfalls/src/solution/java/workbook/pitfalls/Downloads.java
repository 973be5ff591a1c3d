package workbook.pitfalls;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Fetches pages over a slow network, all at once.
 *
 * <p>SOLUTION: each wait gets a virtual thread of its own, which costs next to nothing while it waits,
 * so every page waits at the same time, whatever the number of cores.
 */
public final class Downloads {

    // tag::fetch-all[]
    /** Fetches every page; returns once all have arrived, in the order asked. */
    public List<String> fetchAll(List<String> pages) {
        try (ExecutorService waiters = Executors.newVirtualThreadPerTaskExecutor()) {
            List<CompletableFuture<String>> pending = pages.stream()
                    .map(page -> CompletableFuture.supplyAsync(() -> SlowNetwork.fetch(page), waiters))
                    .toList();
            return pending.stream().map(CompletableFuture::join).toList();
        }
    }
    // end::fetch-all[]
}
