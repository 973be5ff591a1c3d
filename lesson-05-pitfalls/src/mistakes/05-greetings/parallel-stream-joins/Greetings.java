// Mistake: keeps join() per greeting but runs the loop as a parallel stream: a blocked pool thread per greeting.
// Rejected with: "started greetings on other threads"
package workbook.pitfalls;

import java.util.List;
import workbook.kit.Greeting;

public final class Greetings {

    private final AsyncGreeter greeter;

    public Greetings(AsyncGreeter greeter) {
        this.greeter = greeter;
    }

    /** Returns once everyone has been greeted. */
    public void greetAll(List<Greeting> greetings) {
        greetings.parallelStream().forEach(greeting -> greeter.greetAfter(greeting).join());
    }
}
