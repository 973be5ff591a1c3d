package workbook.kit;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/** A thread as a test sees it from outside: whether it waits, as an idle loop thread does. */
public final class ThreadWaits {

    private ThreadWaits() {
    }

    /**
     * Returns once {@code thread} waits (parked, or in a timed wait), or after {@code atMost}: a thread that never
     * waits (a loop that polls, an accept that blocks in I/O) is what the caller measures next, so no failure here.
     */
    public static void awaitWaiting(Thread thread, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline
                && thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.TIMED_WAITING) {
            LockSupport.parkNanos(Duration.ofMillis(1).toNanos()); // looks again soon, without taking a core
        }
    }
}
