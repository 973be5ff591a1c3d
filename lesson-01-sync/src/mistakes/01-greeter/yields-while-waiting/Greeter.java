// Mistake: keeps the loop, but yields the core on each turn: the thread stays ready to run, asking again.
// Rejected with: "kept a CPU core busy"
package workbook.sync;

import java.time.Duration;
import java.util.function.Consumer;
import workbook.kit.Greeting;

/**
 * Greets someone after a delay, like the talk's {@code greet_after}.
 *
 * <p>EXERCISE: the greeting is right and on time, but while it waits it keeps a CPU core busy.
 * Waiting is I/O-bound work. Run {@code ./workbook run 01-greeter} and read what
 * {@code GreeterTest} measured.
 */
public final class Greeter {

    private final Consumer<String> out;

    public Greeter(Consumer<String> out) {
        this.out = out;
    }

    // tag::greet-after[]
    public void greetAfter(Duration delay, String person) throws InterruptedException {
        // TODO: the greeting comes on time, yet a core works flat out until it does. What does
        //  this thread do while it waits, and does waiting need a core at all?
        long deadline = System.nanoTime() + delay.toNanos();
        while (System.nanoTime() < deadline) {
            Thread.yield(); // let other threads have the core meanwhile
        }
        out.accept(new Greeting(delay, person).message());
    }
    // end::greet-after[]
}
