// Mistake: joins the promise on the runtime's thread, then prints "World" (await written as join()).
// Rejected with: "only thread"
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
        JsPrintOrder.waitThenThank(js, wait, out).join();
        out.accept("World");
        return CompletableFuture.completedFuture(null);
    }
    // end::say-hello[]
}
