package workbook.pitfalls;

import java.util.concurrent.CompletableFuture;

/**
 * Registers someone and sends them a welcome mail in the background.
 *
 * <p>SOLUTION: the result is chained on the mail's future, so the mail's failure reaches the caller
 * (and the watch sees the future observed).
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
        return welcome.thenApply(sent -> "Registered " + person); // a failed mail fails the registration
    }
    // end::register[]
}
