// Mistake: observes the mail by joining it inside register, then returns a completed future: the caller waits.
// Rejected with: "it blocked, waiting for the welcome mail"
package workbook.pitfalls;

import java.util.concurrent.CompletableFuture;

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
        welcome.join();
        return CompletableFuture.completedFuture("Registered " + person);
    }
}
