// Mistake: starts every greeting, then waits with CompletableFuture.anyOf: for the first greeting said.
// Rejected with: "returned before every greeting was said"
package workbook.pitfalls;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import workbook.kit.Greeting;

public final class Greetings {

    private final AsyncGreeter greeter;

    public Greetings(AsyncGreeter greeter) {
        this.greeter = greeter;
    }

    /** Returns once everyone has been greeted. */
    public void greetAll(List<Greeting> greetings) {
        CompletableFuture<?>[] started = greetings.stream()
                .map(greeter::greetAfter)
                .toArray(CompletableFuture<?>[]::new);
        CompletableFuture.anyOf(started).join();
    }
}
