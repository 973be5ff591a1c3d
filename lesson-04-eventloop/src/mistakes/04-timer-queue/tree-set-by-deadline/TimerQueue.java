// Mistake: a TreeSet sorted by deadline: a second timer with the same deadline counts as a duplicate and is lost.
// Rejected with: "the order they were set in"
package workbook.eventloop;

import java.util.Comparator;
import java.util.TreeSet;

/**
 * The timers waiting for their deadlines: the loop asks which one is due next.
 *
 * <p>EXERCISE: this queue hands timers back in the order they were set, the way a first loop
 * usually stores them. Set a 3 s timer, then a 1 s timer, and the loop sleeps 3 s before firing
 * either. Run {@code ./workbook run 04-timer-queue}.
 */
public final class TimerQueue {

    // tag::heap[]
    private final TreeSet<Timer> timers = new TreeSet<>(Comparator.comparingLong(Timer::deadline));
    // end::heap[]

    public void add(Timer timer) {
        timers.add(timer);
    }

    /** The timer the loop must fire next, or {@code null} when none is waiting. */
    public Timer peek() {
        return timers.isEmpty() ? null : timers.first();
    }

    /** Takes the timer {@link #peek()} shows. */
    public Timer poll() {
        return timers.pollFirst();
    }

    /** Forgets a timer that was cleared before its deadline; false if it was not waiting. */
    public boolean remove(Timer timer) {
        return timers.remove(timer);
    }

    public int size() {
        return timers.size();
    }

    public boolean isEmpty() {
        return timers.isEmpty();
    }
}
