// Mistake: sets a second timer for the same delay that prints "World", instead of awaiting the promise.
// Rejected with: "a task of its own"
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
        JsPrintOrder.waitThenThank(js, wait, out);
        return js.setTimeout(wait, () -> out.accept("World")); // queued right after wait()'s timer
    }
    // end::say-hello[]
}
