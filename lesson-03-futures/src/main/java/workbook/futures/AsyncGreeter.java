package workbook.futures;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import workbook.kit.Greeting;
import workbook.kit.Timeline;

/**
 * The talk's {@code greet_after} as a task: calling it starts the greeting and hands back a future
 * at once, like {@code asyncio.create_task}. The greeting is printed when it finishes.
 */
public final class AsyncGreeter {

    private final Executor executor;
    private final Consumer<String> out;
    private final Timeline timeline;

    /** Greetings wait on {@code executor}'s threads, print to {@code out} and record into {@code timeline}. */
    public AsyncGreeter(Executor executor, Consumer<String> out, Timeline timeline) {
        this.executor = executor;
        this.out = out;
        this.timeline = timeline;
    }

    // tag::greet-after[]
    /** Starts the greeting now; the future holds its message once the delay is over. */
    public CompletableFuture<String> greetAfter(Greeting greeting) {
        return CompletableFuture.supplyAsync(() -> {
            Timeline.Running running = timeline.begin(greeting.person());
            sleep(greeting);
            out.accept(greeting.message()); // printed when this greeting is done, whatever the others do
            running.end();
            return greeting.message();
        }, executor);
    }
    // end::greet-after[]

    private static void sleep(Greeting greeting) {
        try {
            Thread.sleep(greeting.delay());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt(); // keep the news for whoever owns this thread
            throw new CompletionException("greeting " + greeting.person() + " was interrupted", interrupted);
        }
    }
}
