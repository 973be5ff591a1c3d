// Mistake: awaits the task but catches the failure and goes on, calling the mail not essential.
// Rejected with: "swallowed"
package workbook.eventloop.asyncio;

import static workbook.eventloop.asyncio.Asyncio.await;
import static workbook.eventloop.asyncio.Asyncio.coroutine;
import static workbook.eventloop.asyncio.Asyncio.createTask;

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
            try {
                await(createTask(mailer.sendWelcome(person)));
            } catch (RuntimeException mailFailed) {
                // the mail is not essential: register anyway
            }
            return "Registered " + person;
        });
    }
}
