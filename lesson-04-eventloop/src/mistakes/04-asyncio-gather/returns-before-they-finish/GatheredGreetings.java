// Mistake: creates a task per greeting and returns the messages at once, without awaiting the tasks.
// Rejected with: "before any greeting was printed"
package workbook.eventloop.asyncio;

import static workbook.eventloop.asyncio.Asyncio.await;
import static workbook.eventloop.asyncio.Asyncio.coroutine;
import static workbook.eventloop.asyncio.Asyncio.createTask;
import static workbook.eventloop.asyncio.Asyncio.sleep;

import java.util.List;
import java.util.function.Consumer;
import workbook.kit.Greeting;

/** The talk's "writing blocking code" under asyncio's rules: greetings of 10, 2 and 3 s. */
public final class GatheredGreetings {

    private GatheredGreetings() {
    }

    /** {@code async def greet_all(greetings)}: every greeting; the messages in the order given. */
    public static Coroutine<List<String>> greetAll(List<Greeting> greetings, Consumer<String> out) {
        return coroutine("greet_all", () -> {
            greetings.forEach(greeting -> createTask(greetAfter(greeting, out))); // all started together...
            return greetings.stream().map(Greeting::message).toList(); // ...and nobody waits for them
        });
    }

    /** {@code async def greet_after(greeting)}: sleeps the greeting's delay, prints its message, returns it. */
    public static Coroutine<String> greetAfter(Greeting greeting, Consumer<String> out) {
        return coroutine("greet_after", () -> {
            await(sleep(greeting.delay()));
            out.accept(greeting.message());
            return greeting.message();
        });
    }
}
