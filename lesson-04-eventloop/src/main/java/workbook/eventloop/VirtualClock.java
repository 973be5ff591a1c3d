package workbook.eventloop;

import java.time.Duration;

/**
 * Simulated time: it only moves when told to, so hours of waiting take microseconds.
 *
 * <p>Two things move it: a callback that "works" for a while ({@link #advance}, the chess master
 * thinking), and an idle loop, which jumps straight to its next timer ({@link #idleUntil}).
 */
public final class VirtualClock implements Clock {

    private volatile long nanos; // written by the loop thread, read by timelines anywhere

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
