package workbook.futures;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import workbook.kit.Greeting;

/**
 * The talk's {@code asyncio.gather}: start every greeting as a task, then wait for all of them.
 *
 * <p>EXERCISE: the greetings are right, but they take 3 + 2 + 1 = 6 s, as if there were no tasks
 * at all. Run {@code ./mvnw -pl lesson-03-futures test} and read what {@code GreetingTasksTest} measured.
 */
public final class GreetingTasks {

    private GreetingTasks() {
    }

    // tag::gather[]
    /** A future of every greeting's message, in the order of {@code greetings}. */
    public static CompletableFuture<List<String>> gather(AsyncGreeter greeter, List<Greeting> greetings) {
        List<String> messages = new ArrayList<>();
        for (Greeting greeting : greetings) {
            // TODO: join() waits for this greeting before the next task is even created, so only one
            //  greeting is ever waiting. Create every task first (a list of futures), then wait for
            //  all of them at once: CompletableFuture.allOf, then join each (they are done by then).
            messages.add(greeter.greetAfter(greeting).join());
        }
        return CompletableFuture.completedFuture(messages);
    }
    // end::gather[]
}
