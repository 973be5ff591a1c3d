// Mistake: awaits the mail through gather(return_exceptions=True) and ignores the result list.
// Rejected with: "swallowed"
package workbook.eventloop.asyncio;

import static workbook.eventloop.asyncio.Asyncio.await;
import static workbook.eventloop.asyncio.Asyncio.coroutine;
import static workbook.eventloop.asyncio.Asyncio.gather;

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
            await(gather(true, mailer.sendWelcome(person))); // the failure comes back as a value, and nobody looks
            return "Registered " + person;
        });
    }
}
