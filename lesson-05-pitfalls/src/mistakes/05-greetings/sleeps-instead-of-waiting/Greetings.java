// Mistake: starts every greeting, then sleeps 10.1 s (the talk's longest wait) instead of waiting for them.
// Rejected with: "yet greetAll was still waiting"
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
        for (Greeting greeting : greetings) {
            greeter.greetAfter(greeting);
        }
        try {
            Thread.sleep(10_100);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
