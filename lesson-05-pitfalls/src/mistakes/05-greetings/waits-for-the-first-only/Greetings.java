// Mistake: starts every greeting, then joins only the first one (in the talk's data, the longest).
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
        List<CompletableFuture<String>> started = greetings.stream().map(greeter::greetAfter).toList();
        started.getFirst().join();
    }
}
