package workbook.sync;

import java.time.Duration;

/**
 * A clock that only moves when told to, so a simulation can "wait" hours in microseconds.
 *
 * <p>Waiting in a simulation is {@link #advance}: nothing sleeps, the clock just jumps.
 */
public final class VirtualClock {

    private long nanos;

    /** Time since the clock was made. */
    public Duration now() {
        return Duration.ofNanos(nanos);
    }

    /** The same reading in nanoseconds, for a {@link workbook.kit.Timeline} on this clock. */
    public long nanos() {
        return nanos;
    }

    /** Lets {@code duration} pass. */
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a clock cannot go back: " + duration);
        }
        nanos += duration.toNanos();
    }
}
