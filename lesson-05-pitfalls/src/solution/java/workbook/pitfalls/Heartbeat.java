package workbook.pitfalls;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * A task that beats at a steady pace, a given number of times, until it is cancelled.
 *
 * <p>SOLUTION: an interrupt ends the task at once, and the interrupt flag is set again, so the code
 * that runs this task still knows it was asked to stop.
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
                Thread.currentThread().interrupt(); // catching it cleared the flag: set it again
                out.accept("cancelled after " + (beat - 1) + " beats");
                return;
            }
            out.accept("beat " + beat);
        }
    }
    // end::run[]
}
