// Mistake: waits for each beat in an isInterrupted() loop, instead of sleeping: it stops at once, on a busy core.
// Rejected with: "of CPU while it waited 30 s for its first beat"
package workbook.pitfalls;

import java.time.Duration;
import java.util.function.Consumer;

/** A task that beats at a steady interval until it is cancelled. */
public final class Heartbeat {

    private final Duration interval;
    private final int beats;
    private final Consumer<String> out;

    public Heartbeat(Duration interval, int beats, Consumer<String> out) {
        this.interval = interval;
        this.beats = beats;
        this.out = out;
    }

    /** Beats {@code beats} times, one {@code interval} apart; stops early when interrupted. */
    public void run() {
        for (int beat = 1; beat <= beats; beat++) {
            long next = System.nanoTime() + interval.toNanos();
            while (System.nanoTime() < next) { // waits for the next beat, watching for a cancel all along
                if (Thread.currentThread().isInterrupted()) { // the flag stays set: whoever runs us sees it
                    out.accept("cancelled after " + (beat - 1) + " beats");
                    return;
                }
                Thread.onSpinWait();
            }
            out.accept("beat " + beat);
        }
    }
}
