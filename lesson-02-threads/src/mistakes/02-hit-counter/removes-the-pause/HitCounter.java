// Mistake: drops the pass through the race window, so lost updates become rare instead of impossible.
// Rejected with: "not to leave it out"
package workbook.threads;

import java.time.Duration;

/**
 * Counts hits from many threads at once.
 *
 * <p>EXERCISE: four threads count 25 hits each, and the counter ends far below 100. Run
 * {@code ./workbook run 02-hit-counter} and read what {@code HitCounterTest} found.
 */
public final class HitCounter {

    /**
     * Stands for any work between reading the count and writing it back. It is this long on
     * purpose: it widens the race window so updates are lost on every run, not once in a while.
     */
    static final Duration BETWEEN_READ_AND_WRITE = Duration.ofMillis(1);

    private final RaceWindow window;
    private long count;

    public HitCounter() {
        this(RaceWindow.pause(BETWEEN_READ_AND_WRITE));
    }

    /** A counter whose read-modify-write passes through {@code window}: tests hold threads there. */
    HitCounter(RaceWindow window) {
        this.window = window;
    }

    // tag::increment[]
    public void increment() throws InterruptedException {
        count++; // no pause, no window: nothing gets lost any more
    }
    // end::increment[]

    public long count() {
        return count;
    }
}
