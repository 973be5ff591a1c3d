package workbook.eventloop.asyncio;

import static workbook.eventloop.asyncio.Asyncio.await;
import static workbook.eventloop.asyncio.Asyncio.coroutine;

/**
 * Registering someone sends them a welcome mail, under asyncio's rules.
 *
 * <p>SOLUTION: the registration awaits the mail; a failure is raised at that {@code await}, and
 * so it is the registration's failure, seen by whoever awaits {@code register}.
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
            await(mailer.sendWelcome(person)); // its failure is thrown here, and so is ours
            return "Registered " + person;
        });
    }
    // end::register[]
}
