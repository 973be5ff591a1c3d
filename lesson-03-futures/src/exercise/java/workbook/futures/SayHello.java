package workbook.futures;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The talk's {@code async function say_hello()}: "Hello", "Hello", {@code await wait()}, "World".
 *
 * <p>EXERCISE: every line is printed, but "World" comes too early, before the wait is over. Run
 * {@code ./workbook run 03-say-hello} and read what was recorded.
 */
public final class SayHello {

    private SayHello() {
    }

    // tag::say-hello[]
    /** Returns a future that completes once "World" has been printed. */
    public static CompletableFuture<Void> sayHello(JsRuntime js, Duration wait, Consumer<String> out) {
        out.accept("Hello");
        out.accept("Hello");
        // TODO: wait() returns a promise, and it is dropped here, as JavaScript drops it without
        //  "await". What should "World" come after, and what should the caller get back?
        JsPrintOrder.waitThenThank(js, wait, out);
        out.accept("World");
        return CompletableFuture.completedFuture(null);
    }
    // end::say-hello[]
}
