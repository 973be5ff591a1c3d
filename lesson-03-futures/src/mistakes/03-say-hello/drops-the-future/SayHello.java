// Mistake: prints "World" after the promise, but still returns a future that is complete from the start.
// Rejected with: "already complete"
package workbook.futures;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The talk's {@code async function say_hello()}: "Hello", "Hello", {@code await wait()}, "World".
 */
public final class SayHello {

    private SayHello() {
    }

    // tag::say-hello[]
    /** Returns a future that completes once "World" has been printed. */
    public static CompletableFuture<Void> sayHello(JsRuntime js, Duration wait, Consumer<String> out) {
        out.accept("Hello");
        out.accept("Hello");
        JsPrintOrder.waitThenThank(js, wait, out).thenRun(() -> out.accept("World"));
        return CompletableFuture.completedFuture(null);
    }
    // end::say-hello[]
}
