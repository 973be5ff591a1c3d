package workbook.pitfalls;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * A task that beats at a steady pace, a given number of times, until it is cancelled.
 *
 * <p>EXERCISE: a swallowed interrupt. Run {@code ./workbook run 05-heartbeat}
 * and read what its tests found.
 */
public final class Heartbeat {

    private final Duration interval;
    private final int beats;
    private final Consumer<String> out;

    public Heartbeat(Duration interval, int beats, Consumer<String> out) {
        this.interval = interval;
        this.beats = beats;
        this.out = out;
    }

    // tag::run[]
    /** Beats {@code beats} times, one {@code interval} apart; stops early when interrupted. */
    public void run() {
        for (int beat = 1; beat <= beats; beat++) {
            try {
                Thread.sleep(interval);
            } catch (InterruptedException interrupted) {
                // TODO: cancel(true) interrupts this thread to ask the task to stop. What does the task do
                //  with that request, and what does its caller see afterwards?
                out.accept("interrupted, but carrying on");
            }
            out.accept("beat " + beat);
        }
    }
    // end::run[]
}
