package workbook.eventloop;

import java.time.Duration;

/**
 * A callback waiting for its deadline: what {@code setTimeout} returns, and what the
 * {@link TimerQueue} orders.
 *
 * <p>Timers with the same deadline keep the order they were set in ({@link #sequence()}), as in
 * JavaScript: {@code setTimeout(a, 0); setTimeout(b, 0)} runs {@code a} first. A timer set on the loop
 * thread is a {@link TimerLists.ListedTimer}, which also knows the list of its delay.
 */
public sealed class Timer permits TimerLists.ListedTimer {

    private final String name;
    private final long deadline;
    private final long sequence;
    private final Runnable callback;

    Timer(String name, long deadline, long sequence, Runnable callback) {
        this.name = name;
        this.deadline = deadline;
        this.sequence = sequence;
        this.callback = callback;
    }

    /** A timer on its own, for testing a {@link TimerQueue} without a loop. */
    public static Timer of(String name, Duration deadline, long sequence) {
        return new Timer(name, deadline.toNanos(), sequence, () -> { });
    }

    public String name() {
        return name;
    }

    /** When it is due, in nanoseconds on the loop's clock. */
    public long deadline() {
        return deadline;
    }

    /** The order it was set in: the tie-breaker for equal deadlines. */
    public long sequence() {
        return sequence;
    }

    /** What the loop runs when the timer fires. */
    Runnable callback() {
        return callback;
    }

    @Override
    public String toString() {
        return name + " (due at " + Duration.ofNanos(deadline) + ")";
    }
}
