package workbook.pitfalls;

import java.util.concurrent.CompletableFuture;

/**
 * Registers someone and sends them a welcome mail in the background.
 *
 * <p>EXERCISE: a future nobody awaits. Run {@code ./workbook run 05-registration}
 * and read what its tests found.
 */
public final class Registration {

    private final Mailer mailer;
    private final FailureWatch watch;

    public Registration(Mailer mailer, FailureWatch watch) {
        this.mailer = mailer;
        this.watch = watch;
    }

    // tag::register[]
    /** Completes once the person is registered and welcomed; fails if the welcome mail fails. */
    public CompletableFuture<String> register(String person) {
        CompletableFuture<Void> welcome = watch.watch("welcome mail to " + person, mailer.sendWelcome(person));
        // TODO: if the welcome mail fails, who hears of it? What does the caller learn?
        return CompletableFuture.completedFuture("Registered " + person);
    }
    // end::register[]
}
