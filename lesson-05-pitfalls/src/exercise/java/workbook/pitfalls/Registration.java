package workbook.pitfalls;

import java.util.concurrent.CompletableFuture;

/**
 * Registers someone and sends them a welcome mail in the background.
 *
 * <p>EXERCISE: a future nobody awaits. Run {@code ./mvnw -pl lesson-05-pitfalls test} and read what
 * {@code RegistrationTest} found.
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
        // TODO: the welcome mail's future is dropped: if sending fails, nobody ever hears of it, and the
        //  caller is told all went well. Make the result depend on the mail (chain on `welcome`).
        return CompletableFuture.completedFuture("Registered " + person);
    }
    // end::register[]
}
