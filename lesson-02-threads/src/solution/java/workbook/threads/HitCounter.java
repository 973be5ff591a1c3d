package workbook.threads;

import java.time.Duration;

/**
 * Counts hits from many threads at once.
 *
 * <p>SOLUTION: the read-modify-write runs under the counter's lock, so one thread at a time goes
 * through the window. The window is as wide as in the exercise, and no hit is lost: the lock, not
 * luck, keeps the count. (Without a lock: an {@code AtomicLong} whose {@code updateAndGet} passes
 * through the window, and starts over when another thread wrote first.)
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
    public synchronized void increment() throws InterruptedException {
        long seen = count;
        window.pass(); // other threads wait at the lock meanwhile
        count = seen + 1;
    }
    // end::increment[]

    public synchronized long count() {
        return count;
    }
}
