package workbook.pitfalls;

import java.util.List;
import workbook.kit.Greeting;

/**
 * Greets everyone on a list, each after their own delay.
 *
 * <p>EXERCISE: writing blocking code. Run {@code ./workbook run 05-greetings}
 * and read what its tests found.
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
            // TODO: 10 + 2 + 3 = 15 s: when does the second greeting start waiting?
            greeter.greetAfter(greeting).join();
        }
    }
    // end::greet-all[]
}
