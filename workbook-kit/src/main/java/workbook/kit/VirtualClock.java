package workbook.kit;

import java.time.Duration;

/**
 * Simulated time: it only moves when told to, so hours of waiting take microseconds.
 *
 * <p>Two things move it: whoever "works" or "waits" for a while ({@link #advance}: the chess master
 * thinking, a synchronous simul's wait at a board), and an idle event loop, which jumps straight to
 * its next timer ({@link #idleUntil}). One clock for every lesson's simulations.
 */
public final class VirtualClock implements Clock {

    private volatile long nanos; // written by one thread (the loop's), read by timelines anywhere

    @Override
    public long nanos() {
        return nanos;
    }

    // tag::jump[]
    /** Nobody has to wait for a virtual deadline: the clock jumps there. */
    @Override
    public long idleUntil(long deadline) {
        if (deadline > nanos) {
            nanos = deadline;
        }
        return 0;
    }
    // end::jump[]

    /** Lets {@code duration} pass, as busy time: whoever calls this holds the loop meanwhile. */
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a clock cannot go back: " + duration);
        }
        nanos += duration.toNanos();
    }

    @Override
    public String toString() {
        return "virtual clock at " + Duration.ofNanos(nanos);
    }
}
