package workbook.futures;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import workbook.kit.Greeting;

/**
 * The talk's {@code asyncio.gather}: start every greeting as a task, then wait for all of them.
 *
 * <p>SOLUTION: every task is created before any is waited for, so the three waits overlap and the
 * whole takes as long as the longest (3 s), not the sum (6 s). The results come back in the order
 * the greetings were asked for, whatever order they finished in.
 */
public final class GreetingTasks {

    private GreetingTasks() {
    }

    // tag::gather[]
    /** A future of every greeting's message, in the order of {@code greetings}. */
    public static CompletableFuture<List<String>> gather(AsyncGreeter greeter, List<Greeting> greetings) {
        List<CompletableFuture<String>> tasks = greetings.stream()
                .map(greeter::greetAfter) // each call starts a task: all three are running now
                .toList();
        return CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new))
                .thenApply(allDone -> tasks.stream().map(CompletableFuture::join).toList()); // done: join cannot block
    }
    // end::gather[]
}
