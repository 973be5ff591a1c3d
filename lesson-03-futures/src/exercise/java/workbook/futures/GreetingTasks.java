package workbook.futures;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import workbook.kit.Greeting;

/**
 * The talk's {@code asyncio.gather}: start every greeting as a task, then wait for all of them.
 *
 * <p>EXERCISE: the greetings are right, but they take 3 + 2 + 1 = 6 s, as if there were no tasks
 * at all. Run {@code ./workbook run 03-greeting-tasks} and read what was measured.
 */
public final class GreetingTasks {

    private GreetingTasks() {
    }

    // tag::gather[]
    /** A future of every greeting's message, in the order of {@code greetings}. */
    public static CompletableFuture<List<String>> gather(AsyncGreeter greeter, List<Greeting> greetings) {
        List<String> messages = new ArrayList<>();
        for (Greeting greeting : greetings) {
            // TODO: when does the second greeting start? And who sits waiting while gather runs:
            //  could its caller get the future at once, and be done when the last greeting is?
            messages.add(greeter.greetAfter(greeting).join());
        }
        return CompletableFuture.completedFuture(messages);
    }
    // end::gather[]
}
