// Mistake: a heap by deadline, then by sequence, but the sequence compared the wrong way round: the newest of equal deadlines first.
// Rejected with: "the order they were set in"
package workbook.eventloop;

import java.util.PriorityQueue;

/** The loop's timers, earliest deadline first. */
public final class TimerQueue {

    private final PriorityQueue<Timer> timers = new PriorityQueue<>(TimerQueue::dueFirst);

    /** Earlier deadline first; for equal deadlines, the timer set last. */
    private static int dueFirst(Timer a, Timer b) {
        return a.deadline() != b.deadline()
                ? Long.compare(a.deadline(), b.deadline())
                : Long.compare(b.sequence(), a.sequence()); // the newer timer is the more urgent one
    }

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
