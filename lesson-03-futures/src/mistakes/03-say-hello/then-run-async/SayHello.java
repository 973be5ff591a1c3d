// Mistake: prints "World" with thenRunAsync, so another thread (the common pool's) goes on after the promise.
// Rejected with: "not by the runtime's one thread"
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
        return JsPrintOrder.waitThenThank(js, wait, out)
                .thenRunAsync(() -> out.accept("World"));
    }
    // end::say-hello[]
}
