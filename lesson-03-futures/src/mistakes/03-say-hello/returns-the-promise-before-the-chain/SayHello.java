// Mistake: chains "World" on the wait() promise but returns the promise itself, which completes before "World" is printed.
// Rejected with: "had already completed"
package workbook.futures;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The talk's {@code async function say_hello()}: "Hello", "Hello", {@code await wait()}, "World".
 *
 * <p>SOLUTION: what comes after {@code await} is a continuation of the promise: "World" is printed
 * by {@code thenRun} when the promise settles, and {@code sayHello} returns at once, so the caller
 * goes on ("Pythonistas") while the timer runs. No thread blocks.
 */
public final class SayHello {

    private SayHello() {
    }

    // tag::say-hello[]
    /** Returns a future that completes once "World" has been printed. */
    public static CompletableFuture<Void> sayHello(JsRuntime js, Duration wait, Consumer<String> out) {
        out.accept("Hello");
        out.accept("Hello");
        CompletableFuture<Void> waited = JsPrintOrder.waitThenThank(js, wait, out);
        waited.thenRun(() -> out.accept("World")); // the rest of the function, after the await
        return waited;
    }
    // end::say-hello[]
}
