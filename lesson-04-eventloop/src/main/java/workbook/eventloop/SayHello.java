package workbook.eventloop;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import workbook.kit.Clock;

/**
 * Step 3, runnable: the talk's {@code say_hello} and {@code print_warmup}, with an async function
 * written as a chain of futures whose continuation runs on the loop thread as a microtask.
 * It prints Hello, Hello, Pythonistas, Thanks for waiting, World.
 */
public final class SayHello {

    /** How long {@code wait()} waits in the talk. */
    public static final Duration TALK_WAIT = Duration.ofSeconds(4);

    private SayHello() {
    }

    // tag::demo[]
    public static void run(Clock clock, Duration wait, Consumer<String> out) {
        EventLoop.run(clock, loop -> {
            sayHello(loop, wait, out); // runs until its first await, then returns a pending future
            printWarmup(out);
        });
    }

    /** JavaScript's {@code wait()}: a promise a timer resolves. */
    static CompletableFuture<Void> wait(EventLoop loop, Duration delay, Consumer<String> out) {
        CompletableFuture<Void> promise = new CompletableFuture<>();
        loop.setTimeout("wait", delay, () -> {
            out.accept("Thanks for waiting");
            promise.complete(null);
        });
        return promise;
    }

    /** An async function: everything before the await runs now, the rest is a continuation. */
    static CompletableFuture<Void> sayHello(EventLoop loop, Duration delay, Consumer<String> out) {
        out.accept("Hello");
        out.accept("Hello");
        return wait(loop, delay, out)
                .thenRunAsync(() -> out.accept("World"), loop.microtasks()); // await wait(); console.log("World")
    }

    static void printWarmup(Consumer<String> out) {
        out.accept("Pythonistas");
    }
    // end::demo[]
}
