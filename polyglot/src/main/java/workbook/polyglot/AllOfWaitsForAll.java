package workbook.polyglot;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The Java twin of {@code gather_fails_fast.py} and {@code promise-all-fails-fast.js}: one future failing at
 * 0.1 s beside one succeeding at 2 s. {@code allOf} hands back no results, and it completes only when every
 * future has, so it fails after 2 s where {@code asyncio.gather} and {@code Promise.all} fail after 0.1 s.
 */
public final class AllOfWaitsForAll {

    private AllOfWaitsForAll() {
    }

    // tag::all-of[]
    public static void run(Consumer<String> out) {
        long began = System.nanoTime();
        CompletableFuture<String> posts = CompletableFuture.supplyAsync(() -> {
            throw new CompletionException(new IOException("posts service is down"));
        }, CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS));
        CompletableFuture<String> profile = CompletableFuture.supplyAsync(() -> "profile",
                CompletableFuture.delayedExecutor(2, TimeUnit.SECONDS));
        CompletableFuture<Void> both = CompletableFuture.allOf(posts, profile); // Void: no results in it
        both.handle((nothing, failure) -> {
            out.accept(String.format(Locale.ROOT, "allOf failed after %.2f s: %s",
                    (System.nanoTime() - began) / 1e9, failure.getCause().getMessage()));
            return null;
        }).join();
    }
    // end::all-of[]
}
