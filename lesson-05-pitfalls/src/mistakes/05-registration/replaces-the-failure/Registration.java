// Mistake: chains on the watched mail, but replaces its failure with a new exception of its own, without the cause.
// Rejected with: "not the mail's own failure"
package workbook.pitfalls;

import java.util.concurrent.CompletableFuture;

/** Registers people and sends each a welcome mail. */
public final class Registration {

    private final Mailer mailer;
    private final FailureWatch watch;

    public Registration(Mailer mailer, FailureWatch watch) {
        this.mailer = mailer;
        this.watch = watch;
    }

    /** Completes once the person is registered and welcomed; fails if the welcome mail fails. */
    public CompletableFuture<String> register(String person) {
        CompletableFuture<Void> welcome = watch.watch("welcome mail to " + person, mailer.sendWelcome(person));
        return welcome.thenApply(sent -> "Registered " + person)
                .exceptionally(failed -> {
                    throw new IllegalStateException("could not register " + person); // a clear message for the caller
                });
    }
}
