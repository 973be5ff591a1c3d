// Mistake: keeps the task but sleeps 100 ms to give it time, instead of awaiting it.
// Rejected with: "never retrieved"
package workbook.eventloop.asyncio;

import static workbook.eventloop.asyncio.Asyncio.await;
import static workbook.eventloop.asyncio.Asyncio.coroutine;
import static workbook.eventloop.asyncio.Asyncio.createTask;
import static workbook.eventloop.asyncio.Asyncio.sleep;

import java.time.Duration;

/** Registering someone sends them a welcome mail, under asyncio's rules. */
public final class Registration {

    /** What sends the mail: an async function. */
    @FunctionalInterface
    public interface Mailer {
        Coroutine<Void> sendWelcome(String person);
    }

    private Registration() {
    }

    /** {@code async def register(person)}: sends the welcome mail; its failure is the registration's. */
    public static Coroutine<String> register(Mailer mailer, String person) {
        return coroutine("register", () -> {
            createTask(mailer.sendWelcome(person));
            await(sleep(Duration.ofMillis(100))); // time enough for the mail to go
            return "Registered " + person;
        });
    }
}
