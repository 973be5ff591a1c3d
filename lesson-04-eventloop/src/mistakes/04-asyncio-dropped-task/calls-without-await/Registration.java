// Mistake: calls the async function without await or a task, as JavaScript would run it.
// Rejected with: "was never awaited"
package workbook.eventloop.asyncio;

import static workbook.eventloop.asyncio.Asyncio.coroutine;

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
            mailer.sendWelcome(person); // in JavaScript this would run; here it only makes a coroutine object
            return "Registered " + person;
        });
    }
}
