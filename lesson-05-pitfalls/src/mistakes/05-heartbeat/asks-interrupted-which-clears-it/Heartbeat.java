// Mistake: sets the flag again, then asks Thread.interrupted() whether to stop, which clears it once more.
// Rejected with: "the interrupt flag was clear afterwards"
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
            try {
                Thread.sleep(interval);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt(); // catching it cleared the flag: set it again
            }
            if (Thread.interrupted()) { // asked to stop?
                out.accept("cancelled after " + (beat - 1) + " beats");
                return;
            }
            out.accept("beat " + beat);
        }
    }
}
