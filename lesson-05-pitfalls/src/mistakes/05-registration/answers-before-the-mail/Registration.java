// Mistake: logs the mail's failure with whenComplete (so the watch is quiet), but still answers at once.
// Rejected with: "before its welcome mail was sent"
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
        welcome.whenComplete((sent, failure) -> {
            if (failure != null) {
                System.err.println("welcome mail to " + person + " failed: " + failure);
            }
        });
        return CompletableFuture.completedFuture("Registered " + person);
    }
}
