// Mistake: chains on the mail with handle(), which observes the failure and turns it into a success.
// Rejected with: "it was swallowed"
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
        return welcome.handle((sent, failure) -> "Registered " + person);
    }
}
