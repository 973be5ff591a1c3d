// Mistake: stops at the interrupt, but leaves the flag cleared: whoever runs the task never learns it was stopped.
// Rejected with: "the interrupt flag was clear afterwards"
package workbook.pitfalls;

import java.time.Duration;
import java.util.function.Consumer;

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
                out.accept("cancelled");
                return;
            }
            out.accept("beat " + beat);
        }
    }
}
