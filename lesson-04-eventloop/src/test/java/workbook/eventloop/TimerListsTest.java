package workbook.eventloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Node's list per delay in front of the heap: the heap holds one timer per delay, and none is lost. */
class TimerListsTest {

    private final TimerQueue heap = new TimerQueue();
    private final TimerLists lists = new TimerLists(heap);
    private final List<String> fired = new ArrayList<>();
    private long sequence;

    private Timer set(String name, long delay, long now) {
        return lists.add(name, delay, now + delay, sequence++, () -> fired.add(name));
    }

    /** What the loop does: take the head of the heap, run it; returns how many fired. */
    private int fireAll() {
        int count = 0;
        Timer timer;
        while ((timer = heap.poll()) != null) {
            timer.callback().run();
            count++;
        }
        return count;
    }

    @Test
    void aThousandTimersOfOneDelayAreOneHeapEntryAndFireInTheOrderTheyWereSet() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            names.add("timer " + i);
            set("timer " + i, 1_000, i);
        }

        assertThat(heap.size()).as("timers in the heap: only the first of the list").isEqualTo(1);
        assertThat(lists.waitingBehind()).as("timers waiting behind it").isEqualTo(999);
        assertThat(fireAll()).isEqualTo(1000);
        assertThat(fired).as("the order they fired in").isEqualTo(names);
        assertThat(lists.waitingBehind()).isZero();
    }

    @Test
    void theHeapHoldsTheFirstTimerOfEachDelay() {
        for (int i = 0; i < 30; i++) {
            set("timer " + i, 1_000 * (1 + i % 3), i);
        }

        assertThat(heap.size()).as("timers in the heap, for three delays").isEqualTo(3);
        assertThat(lists.waitingBehind()).isEqualTo(27);
        assertThat(fireAll()).as("timers fired").isEqualTo(30);
        assertThat(heap.isEmpty()).isTrue();
    }

    @Test
    void aClearedTimerNeverFiresWhereverItWaits() {
        Timer first = set("first", 1_000, 0);
        set("second", 1_000, 1);
        Timer middle = set("middle", 1_000, 2);
        set("fourth", 1_000, 3);
        Timer last = set("last", 1_000, 4);

        assertThat(lists.remove(first)).as("clearing the first, which is in the heap").isTrue();
        assertThat(lists.remove(middle)).as("clearing one in the middle of the list").isTrue();
        assertThat(lists.remove(last)).as("clearing the last").isTrue();
        assertThat(lists.remove(last)).as("clearing it again").isFalse();

        assertThat(heap.size()).as("timers in the heap after clearing the first").isEqualTo(1);
        fireAll();
        assertThat(fired).containsExactly("second", "fourth");
    }

    @Test
    void aListEmptiedAndStartedAgainStillFires() {
        set("before", 1_000, 0);
        fireAll();
        set("after", 1_000, 5_000);

        assertThat(heap.size()).as("the new first timer of that delay, in the heap").isEqualTo(1);
        fireAll();
        assertThat(fired).containsExactly("before", "after");
    }
}
