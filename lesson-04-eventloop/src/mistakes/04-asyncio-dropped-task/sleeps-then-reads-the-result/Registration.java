// Mistake: starts the mail as a task, sleeps a second to let it finish, then reads the task's result.
// Rejected with: "asked for the mail's result before the mail was done"
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
            Task<Void> mail = createTask(mailer.sendWelcome(person));
            await(sleep(Duration.ofSeconds(1))); // a mail takes a moment: give it a second
            mail.result(); // raises the mail's failure, if any
            return "Registered " + person;
        });
    }
}
