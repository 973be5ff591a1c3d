package workbook.sync;

import java.time.Duration;
import java.util.function.Consumer;
import workbook.kit.Greeting;

/**
 * Greets someone after a delay, like the talk's {@code greet_after}.
 *
 * <p>EXERCISE: the greeting is right and on time, but while it waits it keeps a CPU core busy.
 * Waiting is I/O-bound work: a waiting task should hand its core back. Run
 * {@code ./mvnw -pl lesson-01-sync test} and read what {@code GreeterTest} measured.
 */
public final class Greeter {

    private final Consumer<String> out;

    public Greeter(Consumer<String> out) {
        this.out = out;
    }

    // tag::greet-after[]
    public void greetAfter(Duration delay, String person) throws InterruptedException {
        // TODO: this loop watches the clock until the delay is over, burning the CPU all along.
        //  Let the thread wait without running instead (Thread has a method for exactly that).
        long deadline = System.nanoTime() + delay.toNanos();
        while (System.nanoTime() < deadline) {
            // spin: ask the clock again, and again, and again
        }
        out.accept(new Greeting(delay, person).message());
    }
    // end::greet-after[]
}
