package workbook.threads;

import java.util.function.Consumer;
import workbook.kit.Greeting;
import workbook.kit.Timeline;

/**
 * The talk's {@code greet_after} as a task a thread can run: wait the delay, then say hello.
 *
 * <p>The task records itself on a timeline from the thread that runs it, so the timeline shows
 * which thread greeted whom, and when.
 */
public final class Greeter {

    private final Consumer<String> out;
    private final Timeline timeline;

    public Greeter(Consumer<String> out, Timeline timeline) {
        this.out = out;
        this.timeline = timeline;
    }

    // tag::task[]
    /** A task that greets {@code greeting.person()} once {@code greeting.delay()} has passed. */
    public Runnable task(Greeting greeting) {
        return () -> {
            Timeline.Running running = timeline.begin(greeting.person());
            try {
                Thread.sleep(greeting.delay()); // blocks this thread only: the others keep waiting alongside
                out.accept(greeting.message());
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt(); // asked to stop: leave without greeting
            } finally {
                running.end();
            }
        };
    }
    // end::task[]
}
