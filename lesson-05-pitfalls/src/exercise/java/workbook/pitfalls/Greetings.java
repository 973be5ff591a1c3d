package workbook.pitfalls;

import java.util.List;
import workbook.kit.Greeting;

/**
 * Greets everyone on a list, each after their own delay.
 *
 * <p>EXERCISE: writing blocking code. Run {@code ./mvnw -pl lesson-05-pitfalls test} and read what
 * {@code GreetingsTest} measured.
 */
public final class Greetings {

    private final AsyncGreeter greeter;

    public Greetings(AsyncGreeter greeter) {
        this.greeter = greeter;
    }

    // tag::greet-all[]
    /** Returns once everyone has been greeted. */
    public void greetAll(List<Greeting> greetings) {
        for (Greeting greeting : greetings) {
            // TODO: join() waits for this greeting before the next one has even started, so the
            //  waits add up (10 + 2 + 3 s). Start every greeting first, then wait for all of them
            //  together (CompletableFuture.allOf), as asyncio.gather does.
            greeter.greetAfter(greeting).join();
        }
    }
    // end::greet-all[]
}
