package workbook.futures;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The talk's {@code async function say_hello()}: "Hello", "Hello", {@code await wait()}, "World".
 *
 * <p>EXERCISE: every line is printed, but "World" comes too early, before the wait is over. Run
 * {@code ./mvnw -pl lesson-03-futures test} and read what {@code SayHelloTest} recorded.
 */
public final class SayHello {

    private SayHello() {
    }

    // tag::say-hello[]
    /** Returns a future that completes once "World" has been printed. */
    public static CompletableFuture<Void> sayHello(JsRuntime js, Duration wait, Consumer<String> out) {
        out.accept("Hello");
        out.accept("Hello");
        // TODO: this calls wait() and drops its promise, the way JavaScript would without "await":
        //  nothing waits for it, so "World" is printed at once. Print "World" when the promise
        //  settles instead (a future has then... methods for that), and return that future.
        JsPrintOrder.waitThenThank(js, wait, out);
        out.accept("World");
        return CompletableFuture.completedFuture(null);
    }
    // end::say-hello[]
}
