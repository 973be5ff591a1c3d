package workbook.pitfalls;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import workbook.kit.Greeting;

/**
 * Greets everyone on a list, each after their own delay.
 *
 * <p>SOLUTION: every greeting starts before any is waited for, so the waits overlap and the whole
 * takes as long as the longest one: 10 s, not 10 + 2 + 3.
 */
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
        CompletableFuture.allOf(started).join();
    }
    // end::greet-all[]
}
