// Mistake: a list kept sorted by walking it to each new timer's place: the right order, but every add costs O(n).
// Rejected with: "setting and firing a timer took"
package workbook.eventloop;

import java.util.ArrayList;
import java.util.List;

/**
 * The timers waiting for their deadlines: the loop asks which one is due next.
 *
 * <p>EXERCISE: this queue hands timers back in the order they were set, the way a first loop
 * usually stores them. Set a 3 s timer, then a 1 s timer, and the loop sleeps 3 s before firing
 * either. Run {@code ./workbook run 04-timer-queue}.
 */
public final class TimerQueue {

    // tag::heap[]
    private final List<Timer> timers = new ArrayList<>(); // sorted: earliest deadline first, then the order set
    // end::heap[]

    public void add(Timer timer) {
        int place = 0;
        while (place < timers.size() && timers.get(place).deadline() <= timer.deadline()) {
            place++;
        }
        timers.add(place, timer);
    }

    /** The timer the loop must fire next, or {@code null} when none is waiting. */
    public Timer peek() {
        return timers.isEmpty() ? null : timers.getFirst();
    }

    /** Takes the timer {@link #peek()} shows. */
    public Timer poll() {
        return timers.isEmpty() ? null : timers.removeFirst();
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
