package workbook.futures;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The talk's JavaScript program, with futures for promises: {@code wait()} resolves after a timer,
 * {@code say_hello()} prints "Hello" twice, waits, prints "World", and {@code print_warmup()}
 * prints "Pythonistas". Node prints Hello, Hello, Pythonistas, Thanks for waiting, World.
 */
public final class JsPrintOrder {

    /** The talk's timer: 4000 ms. */
    public static final Duration TALK_WAIT = Duration.ofSeconds(4);

    private JsPrintOrder() {
    }

    // tag::wait[]
    /** The talk's {@code wait()}: a promise that a timer resolves, after saying "Thanks for waiting". */
    public static CompletableFuture<Void> waitThenThank(JsRuntime js, Duration delay, Consumer<String> out) {
        CompletableFuture<Void> promise = new CompletableFuture<>();
        js.setTimeout(delay, () -> {
            out.accept("Thanks for waiting");
            promise.complete(null); // runs whatever waits on the promise, right here on the runtime's thread
        });
        return promise;
    }
    // end::wait[]

    /** The talk's {@code print_warmup()}. */
    public static void printWarmup(Consumer<String> out) {
        out.accept("Pythonistas");
    }

    // tag::run[]
    /** Runs the script: {@code say_hello(); print_warmup();}, then every timer, on one thread. */
    public static void run(Duration delay, Consumer<String> out) {
        try (JsRuntime js = new JsRuntime()) {
            js.run(() -> {
                SayHello.sayHello(js, delay, out); // like JS: the promise it returns is not awaited here
                printWarmup(out);
            }, delay.plusSeconds(10));
        }
    }
    // end::run[]
}
