package workbook.eventloop.asyncio;

import static workbook.eventloop.asyncio.Asyncio.await;
import static workbook.eventloop.asyncio.Asyncio.coroutine;
import static workbook.eventloop.asyncio.Asyncio.sleep;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import workbook.kit.Greeting;

/**
 * The talk's "writing blocking code" under asyncio's rules: greetings of 10, 2 and 3 s.
 *
 * <p>EXERCISE: each greeting is awaited before the next one is even created, so they wait one
 * after another: 15 s. Make them wait together, and keep the messages in the order given.
 * Run {@code ./workbook run 04-asyncio-gather}.
 */
public final class GatheredGreetings {

    private GatheredGreetings() {
    }

    // tag::greet-all[]
    /** {@code async def greet_all(greetings)}: every greeting; the messages in the order given. */
    public static Coroutine<List<String>> greetAll(List<Greeting> greetings, Consumer<String> out) {
        return coroutine("greet_all", () -> {
            List<String> messages = new ArrayList<>();
            for (Greeting greeting : greetings) {
                messages.add(await(greetAfter(greeting, out))); // TODO: the next one is not created until this one is done
            }
            return messages;
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
