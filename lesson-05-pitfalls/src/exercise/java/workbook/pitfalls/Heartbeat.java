package workbook.pitfalls;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * A task that beats at a steady pace, a given number of times, until it is cancelled.
 *
 * <p>EXERCISE: a swallowed interrupt. Run {@code ./mvnw -pl lesson-05-pitfalls test} and read what
 * {@code HeartbeatTest} measured.
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
                // TODO: an interrupt is how Java asks a thread to stop (cancel(true), shutdownNow, close).
                //  Catching it and carrying on makes this task impossible to cancel. Stop here instead,
                //  and set the interrupt flag again so that whoever runs this task can see it.
                out.accept("interrupted, but carrying on");
            }
            out.accept("beat " + beat);
        }
    }
    // end::run[]
}
