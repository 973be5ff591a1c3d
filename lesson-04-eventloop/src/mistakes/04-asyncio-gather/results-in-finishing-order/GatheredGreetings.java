// Mistake: gathers the greetings but collects each message as it is printed, in finishing order.
// Rejected with: "finishing order"
package workbook.eventloop.asyncio;

import static workbook.eventloop.asyncio.Asyncio.await;
import static workbook.eventloop.asyncio.Asyncio.coroutine;
import static workbook.eventloop.asyncio.Asyncio.gather;
import static workbook.eventloop.asyncio.Asyncio.sleep;

import java.util.ArrayList;
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
            List<String> messages = new ArrayList<>();
            await(gather(greetings.stream().map(greeting -> greetAfter(greeting, line -> {
                out.accept(line);
                messages.add(line); // as each one finishes
            })).toList()));
            return messages;
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
