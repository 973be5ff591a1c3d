// Mistake: gathers the greetings, but inside a 12 s wait_for, "a little over the longest greeting there is".
// Rejected with: "wherever it stands in the list"
package workbook.eventloop.asyncio;

import static workbook.eventloop.asyncio.Asyncio.await;
import static workbook.eventloop.asyncio.Asyncio.coroutine;
import static workbook.eventloop.asyncio.Asyncio.gather;
import static workbook.eventloop.asyncio.Asyncio.sleep;
import static workbook.eventloop.asyncio.Asyncio.waitFor;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import workbook.kit.Greeting;

/** The talk's three greetings, gathered under asyncio's rules. */
public final class GatheredGreetings {

    private GatheredGreetings() {
    }

    // tag::greet-all[]
    /** {@code async def greet_all(greetings)}: every greeting; the messages in the order given. */
    public static Coroutine<List<String>> greetAll(List<Greeting> greetings, Consumer<String> out) {
        return coroutine("greet_all", () -> {
            List<Object> messages = await(waitFor(gather(greetings.stream().map(greeting -> greetAfter(greeting, out))
                    .toList()), Duration.ofSeconds(12))); // a greeting takes 10 s at most: never hang for longer
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
