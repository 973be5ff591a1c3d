package workbook.threads;

import java.time.Duration;

/**
 * Counts hits from many threads at once.
 *
 * <p>EXERCISE: four threads count 25 hits each, and the counter ends far below 100. Run
 * {@code ./mvnw -pl lesson-02-threads test} and read what {@code HitCounterTest} measured.
 */
public final class HitCounter {

    /**
     * Stands for any work between reading the count and writing it back. It is this long on
     * purpose: it widens the race window so updates are lost on every run, not once in a while.
     */
    static final Duration BETWEEN_READ_AND_WRITE = Duration.ofMillis(1);

    private long count;

    // tag::increment[]
    public void increment() throws InterruptedException {
        // TODO: read, modify, write is three steps, and another thread can run between any two of
        //  them: two threads read 7, both write 8, one hit is lost. Let only one thread at a time
        //  run these three lines (a lock, synchronized, or an AtomicLong without the window).
        long seen = count;
        Thread.sleep(BETWEEN_READ_AND_WRITE);
        count = seen + 1;
    }
    // end::increment[]

    public long count() {
        return count;
    }
}
