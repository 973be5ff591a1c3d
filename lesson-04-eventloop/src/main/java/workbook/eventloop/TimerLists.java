package workbook.eventloop;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Node's timer lists: one first-in-first-out list per delay, in front of the {@link TimerQueue}.
 *
 * <p>Timers set on the loop thread with the same delay fall due in the order they were set (the
 * clock never goes back), so a list per delay is already sorted: only its first timer needs to be
 * in the heap. A million one-second timers are one list and one heap entry; setting and firing
 * each costs O(1) instead of O(log n), and the heap still picks the earliest deadline across the
 * lists, in the order one heap holding every timer would.
 */
final class TimerLists {

    // tag::lists[]
    private final TimerQueue heap; // the first timer of every list, earliest deadline first
    private final Map<Long, TimerList> byDelay = new HashMap<>();
    private TimerList latest; // a burst of timers usually shares one delay: no map lookup for it
    private int waitingBehind;

    /** The timers of one delay: the first is in the heap, the others wait behind it, in order. */
    private final class TimerList {
        final long delay;
        final ArrayDeque<Timer> behind = new ArrayDeque<>();
        Timer first;

        TimerList(long delay) {
            this.delay = delay;
        }

        void add(Timer timer) {
            if (first == null) {
                first = timer;
                heap.add(timer);
            } else {
                behind.add(timer);
                waitingBehind++;
            }
        }

        /** The first timer has left the heap: the next one of the same delay takes its place. */
        void next() {
            first = behind.poll();
            if (first != null) {
                waitingBehind--;
                heap.add(first);
            } else {
                byDelay.remove(delay);
                latest = latest == this ? null : latest;
            }
        }
    }

    /** A timer in a list: when it fires, it first moves its list on, then runs its callback. One object per timer. */
    static final class ListedTimer extends Timer implements Runnable {
        private final TimerList list;

        private ListedTimer(String name, long deadline, long sequence, Runnable callback, TimerList list) {
            super(name, deadline, sequence, callback);
            this.list = list;
        }

        @Override
        Runnable callback() {
            return this;
        }

        @Override
        public void run() {
            list.next(); // before the callback, which may set or clear timers of the same delay
            super.callback().run();
        }
    }

    TimerLists(TimerQueue heap) {
        this.heap = heap;
    }

    /** Sets a timer, on the loop thread. */
    Timer add(String name, long delay, long deadline, long sequence, Runnable callback) {
        TimerList list = latest != null && latest.delay == delay ? latest : byDelay.get(delay);
        if (list == null) {
            list = new TimerList(delay);
            byDelay.put(delay, list);
        }
        latest = list;
        Timer timer = new ListedTimer(name, deadline, sequence, callback, list);
        list.add(timer);
        return timer;
    }
    // end::lists[]

    /** Forgets a timer cleared before its deadline; false if no list holds it. */
    boolean remove(Timer timer) {
        if (!(timer instanceof ListedTimer listed) || byDelay.get(listed.list.delay) != listed.list) {
            return false; // set from another thread (straight into the heap), or its list has emptied since
        }
        TimerList list = listed.list;
        if (list.first == timer) {
            heap.remove(timer);
            list.next();
            return true;
        }
        if (list.behind.removeLastOccurrence(timer)) { // a cleared timer is usually a recent one
            waitingBehind--;
            return true;
        }
        return false;
    }

    /** The timers waiting in the lists behind the ones in the heap. */
    int waitingBehind() {
        return waitingBehind;
    }
}
