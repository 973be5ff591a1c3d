// Mistake: compares two deadlines by their difference cast to an int: nanoseconds more than 2.1 s apart overflow and swap.
// Rejected with: "however far apart"
package workbook.eventloop;

import java.util.PriorityQueue;

/**
 * The timers waiting for their deadlines: the loop asks which one is due next.
 *
 * <p>SOLUTION: a binary heap ordered by deadline (then by the order the timers were set), so the
 * earliest deadline is always at the head, whatever order the timers came in. Adding and taking
 * cost O(log n): a million timers are no problem.
 */
public final class TimerQueue {

    // tag::heap[]
    private final PriorityQueue<Timer> timers = new PriorityQueue<>(TimerQueue::dueFirst);

    /** Earlier deadline first; for equal deadlines, the timer set first. */
    private static int dueFirst(Timer a, Timer b) {
        return a.deadline() != b.deadline()
                ? (int) (a.deadline() - b.deadline())
                : Long.compare(a.sequence(), b.sequence());
    }
    // end::heap[]

    public void add(Timer timer) {
        timers.add(timer);
    }

    /** The timer the loop must fire next, or {@code null} when none is waiting. */
    public Timer peek() {
        return timers.peek();
    }

    /** Takes the timer {@link #peek()} shows. */
    public Timer poll() {
        return timers.poll();
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
