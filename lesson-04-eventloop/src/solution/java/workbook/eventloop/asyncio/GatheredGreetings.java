package workbook.eventloop.asyncio;

import static workbook.eventloop.asyncio.Asyncio.await;
import static workbook.eventloop.asyncio.Asyncio.coroutine;
import static workbook.eventloop.asyncio.Asyncio.gather;
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
            List<Object> messages = await(gather(greetings.stream().map(greeting -> greetAfter(greeting, out)).toList()));
            return messages.stream().map(String.class::cast).toList(); // gather keeps the input order
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
