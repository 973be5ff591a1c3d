package workbook.pitfalls;

import java.util.concurrent.CompletableFuture;

/** Sends mail in the background: the future completes once the mail is sent, or fails if it cannot be. */
@FunctionalInterface
public interface Mailer {

    CompletableFuture<Void> sendWelcome(String person);
}
