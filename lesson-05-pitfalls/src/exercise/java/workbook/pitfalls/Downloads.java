package workbook.pitfalls;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Fetches pages over a slow network, all at once.
 *
 * <p>EXERCISE: starving the common pool. Run {@code ./mvnw -pl lesson-05-pitfalls test} and read what
 * {@code DownloadsTest} measured.
 */
public final class Downloads {

    // tag::fetch-all[]
    /** Fetches every page; returns once all have arrived, in the order asked. */
    public List<String> fetchAll(List<String> pages) {
        // TODO: supplyAsync without an executor runs on the common ForkJoinPool, which has one worker
        //  per core but one, for computing. These tasks only wait, and they wait in turn, one or two at
        //  a time. Give supplyAsync an executor meant for waiting: a virtual thread per task (and close it).
        List<CompletableFuture<String>> pending = pages.stream()
                .map(page -> CompletableFuture.supplyAsync(() -> SlowNetwork.fetch(page)))
                .toList();
        return pending.stream().map(CompletableFuture::join).toList();
    }
    // end::fetch-all[]
}
