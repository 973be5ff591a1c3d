package workbook.eventloop.promise;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Step 4, runnable: three reactions on a pending promise, a rejection passing a {@code then}, and
 * the same three reactions on a {@link CompletableFuture}, which runs them inside
 * {@code complete}, last registered first.
 */
public final class PromiseVersusFuture {

    private PromiseVersusFuture() {
    }

    // tag::demo[]
    public static void run(Consumer<String> out) {
        PromiseLoop.run(loop -> {
            Promise.WithResolvers<String> door = Promise.withResolvers();
            door.promise().then(v -> log(out, "promise reaction 1"));
            door.promise().then(v -> log(out, "promise reaction 2"));
            door.promise().then(v -> log(out, "promise reaction 3"));
            Promise.reject(new IllegalStateException("no luck"))
                    .then(v -> log(out, "never"))
                    .catchError(error -> log(out, "caught, one hop later: " + error.getMessage()));
            Promise.resolve().then(v -> log(out, "tick 1")).then(v -> log(out, "tick 2"));
            loop.setTimeout(Duration.ofMillis(10), () -> door.resolve().resolve("open"));
            log(out, "script done: no reaction has run yet");
        });
        CompletableFuture<String> future = new CompletableFuture<>();
        future.thenRun(() -> log(out, "future dependent 1"));
        future.thenRun(() -> log(out, "future dependent 2"));
        future.thenRun(() -> log(out, "future dependent 3"));
        future.complete("open"); // runs them here, inside complete(), last registered first
    }
    // end::demo[]

    private static Void log(Consumer<String> out, String line) {
        out.accept(line);
        return null; // console.log returns undefined
    }
}
