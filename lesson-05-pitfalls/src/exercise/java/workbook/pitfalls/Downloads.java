package workbook.pitfalls;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Fetches pages over a slow network, all at once.
 *
 * <p>EXERCISE: starving the common pool. Run {@code ./workbook run 05-downloads}
 * and read what its tests found.
 */
public final class Downloads {

    // tag::fetch-all[]
    /** Fetches every page; returns once all have arrived, in the order asked. */
    public List<String> fetchAll(List<String> pages) {
        // TODO: four pages that each wait a second take four seconds here. On which threads do they wait,
        //  and how many of those threads are there?
        List<CompletableFuture<String>> pending = pages.stream()
                .map(page -> CompletableFuture.supplyAsync(() -> SlowNetwork.fetch(page)))
                .toList();
        return pending.stream().map(CompletableFuture::join).toList();
    }
    // end::fetch-all[]
}
