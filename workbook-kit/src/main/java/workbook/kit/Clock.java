package workbook.kit;

import java.time.Duration;

/**
 * An event loop's sense of time. Swap it and the same loop runs in real time or in simulated time.
 *
 * <p>The loop asks two things: what time it is, and, when it has nothing to do before the next
 * timer, how long to really sleep. A {@link SystemClock} answers "until the deadline"; a
 * {@link VirtualClock} jumps to the deadline and answers "not at all".
 */
public interface Clock {

    /** Now, in nanoseconds on this clock (only differences mean something). */
    long nanos();

    /**
     * The loop is idle until {@code deadline}: how many real nanoseconds should it sleep?
     * Zero or less means the deadline has come.
     */
    long idleUntil(long deadline);

    /** Now, as time since this clock's origin. */
    default Duration now() {
        return Duration.ofNanos(nanos());
    }

    /** The wall clock: idle time is really waited. */
    static Clock system() {
        return SystemClock.INSTANCE;
    }
}
