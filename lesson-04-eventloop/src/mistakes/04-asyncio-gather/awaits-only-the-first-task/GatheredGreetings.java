// Mistake: makes every greeting a task and awaits only the first, the talk's longest: the others are read before they finish.
// Rejected with: "wherever it stands in the list"
package workbook.eventloop.asyncio;

import static workbook.eventloop.asyncio.Asyncio.await;
import static workbook.eventloop.asyncio.Asyncio.coroutine;
import static workbook.eventloop.asyncio.Asyncio.createTask;
import static workbook.eventloop.asyncio.Asyncio.sleep;

import java.util.List;
import java.util.function.Consumer;
import workbook.kit.Greeting;

/**
 * The talk's "writing blocking code" under asyncio's rules: greetings of 10, 2 and 3 s.
 *
 * <p>SOLUTION: every coroutine is created first and handed to {@code gather}, which makes each a
 * task: they all wait together (10 s, the longest), and the results come in the order given.
 */
public final class GatheredGreetings {

    private GatheredGreetings() {
    }

    // tag::greet-all[]
    /** {@code async def greet_all(greetings)}: every greeting; the messages in the order given. */
    public static Coroutine<List<String>> greetAll(List<Greeting> greetings, Consumer<String> out) {
        return coroutine("greet_all", () -> {
            List<Task<String>> tasks = greetings.stream().map(greeting -> createTask(greetAfter(greeting, out))).toList();
            await(tasks.getFirst()); // the first is the longest: the others are done by then
            return tasks.stream().map(Task::result).toList();
        });
    }
    // end::greet-all[]

    /** {@code async def greet_after(greeting)}: sleeps the greeting's delay, prints its message, returns it. */
    public static Coroutine<String> greetAfter(Greeting greeting, Consumer<String> out) {
        return coroutine("greet_after", () -> {
            await(sleep(greeting.delay()));
            out.accept(greeting.message());
            return greeting.message();
        });
    }
}
