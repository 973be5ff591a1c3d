// Mistake: leaves the watched mail as it was and chains the answer on a second call to sendWelcome.
// Rejected with: "sent 2 welcome mails"
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
        return mailer.sendWelcome(person).thenApply(sent -> "Registered " + person);
    }
}
