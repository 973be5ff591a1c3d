package workbook.sync;

import java.time.Duration;
import java.util.function.Consumer;
import workbook.kit.Greeting;

/**
 * Greets someone after a delay, like the talk's {@code greet_after}.
 *
 * <p>SOLUTION: the thread sleeps, so the operating system runs something else on the core
 * until the delay is over. The greeting takes as long as before, and almost no CPU.
 */
public final class Greeter {

    private final Consumer<String> out;

    public Greeter(Consumer<String> out) {
        this.out = out;
    }

    // tag::greet-after[]
    public void greetAfter(Duration delay, String person) throws InterruptedException {
        Thread.sleep(delay); // blocks this thread, frees the core
        out.accept(new Greeting(delay, person).message());
    }
    // end::greet-after[]
}
