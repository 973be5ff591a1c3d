package workbook.eventloop.asyncio;

import static workbook.eventloop.asyncio.Asyncio.coroutine;
import static workbook.eventloop.asyncio.Asyncio.createTask;

/**
 * Registering someone sends them a welcome mail, under asyncio's rules.
 *
 * <p>EXERCISE: the mail is sent by a task that nobody awaits. When the mail fails, the
 * registration says it went fine, and the failure is lost: the loop only reports it at its end,
 * "Task exception was never retrieved". Run {@code ./workbook run 04-asyncio-dropped-task}.
 */
public final class Registration {

    /** What sends the mail: an async function. */
    @FunctionalInterface
    public interface Mailer {
        Coroutine<Void> sendWelcome(String person);
    }

    private Registration() {
    }

    // tag::register[]
    /** {@code async def register(person)}: sends the welcome mail; its failure is the registration's. */
    public static Coroutine<String> register(Mailer mailer, String person) {
        return coroutine("register", () -> {
            createTask(mailer.sendWelcome(person)); // TODO: created, never awaited: who will hear if it fails?
            return "Registered " + person;
        });
    }
    // end::register[]
}
