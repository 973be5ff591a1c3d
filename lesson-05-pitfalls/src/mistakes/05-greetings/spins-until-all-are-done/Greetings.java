// Mistake: starts every greeting, then spins on allOf(...).isDone() with Thread.onSpinWait() instead of joining.
// Rejected with: "while it waited for Grace Hopper's greeting"
package workbook.pitfalls;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import workbook.kit.Greeting;

/** Greets everyone, each greeting waiting side by side with the others. */
public final class Greetings {

    private final AsyncGreeter greeter;

    public Greetings(AsyncGreeter greeter) {
        this.greeter = greeter;
    }

    // tag::greet-all[]
    /** Returns once everyone has been greeted. */
    public void greetAll(List<Greeting> greetings) {
        CompletableFuture<?>[] started = greetings.stream()
                .map(greeter::greetAfter)
                .toArray(CompletableFuture<?>[]::new); // all of them are waiting now, side by side
        CompletableFuture<Void> all = CompletableFuture.allOf(started);
        while (!all.isDone()) {
            Thread.onSpinWait(); // back the moment the last greeting is said
        }
    }
    // end::greet-all[]
}
