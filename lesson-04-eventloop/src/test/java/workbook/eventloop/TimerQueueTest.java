package workbook.eventloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import workbook.kit.Goal;
import workbook.kit.Greeting;
import workbook.kit.VirtualClock;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the first failure is the one that names the mistake
class TimerQueueTest {

    /** Timers the loop re-arms in the throughput test: enough that O(n) per timer takes seconds. */
    private static final int MANY = 100_000;

    @Test
    @Order(1)
    @Goal(exercise = TimerQueue.class, failsBecause = "expected earliest deadline first")
    void timersComeOutEarliestDeadlineFirst() {
        for (List<Integer> seconds : List.of(List.of(3, 1, 2), List.of(1, 3, 2), List.of(2, 3, 1), List.of(3, 2, 1))) {
            TimerQueue queue = new TimerQueue();
            for (int i = 0; i < seconds.size(); i++) {
                queue.add(Timer.of(seconds.get(i) + " s", Duration.ofSeconds(seconds.get(i)), i));
            }

            List<String> order = drain(queue);

            assertThat(order)
                    .as("timers set as %s came out as %s, expected earliest deadline first: the loop sleeps until "
                            + "the head's deadline, so TimerQueue's head must be the earliest timer", seconds, order)
                    .containsExactly("1 s", "2 s", "3 s");
        }
    }

    @Test
    @Order(2)
    @Goal(exercise = TimerQueue.class, failsBecause = "expected the shortest wait first")
    void theTalksGreetingsOnTheLoopGreetShortestWaitFirstInThreeSeconds() {
        VirtualClock clock = new VirtualClock();
        Printed printed = new Printed(clock);

        LoopGreetings.run(clock, Greeting.TALK, printed);

        assertThat(printed.texts())
                .as("greetings set for 3 s, 2 s and 1 s printed %s, expected the shortest wait first, "
                        + "as in the talk's asyncio run: look at the order TimerQueue gives its timers back", printed.lines())
                .containsExactly("Started at 0:00:00", "Hello Luciano Ramalho 👋", "Hello Sebastián Ramírez 👋",
                        "Hello Guido van Rossum 👋", "Finished at 0:00:03");
        assertThat(printed.at("Hello Luciano Ramalho 👋", Duration.ZERO)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    @Order(3)
    void equalDeadlinesKeepTheOrderTheyWereSetIn() {
        TimerQueue queue = new TimerQueue();
        for (int i = 1; i <= 5; i++) {
            queue.add(Timer.of("timer " + i, Duration.ofSeconds(1), i));
        }
        List<String> order = drain(queue);
        assertThat(order)
                .as("five timers set one after another for the same 1 s deadline came out as %s (%d of 5), expected "
                        + "them all, in the order they were set in: setTimeout(a, 0); "
                        + "setTimeout(b, 0) runs a first. Look at what TimerQueue does with two timers due at the same "
                        + "time", order, order.size())
                .containsExactly("timer 1", "timer 2", "timer 3", "timer 4", "timer 5");
    }

    @Test
    @Order(4)
    void aQueueOfAHundredThousandTimersTakesLogarithmicTimePerTimer() {
        // as in a loop: MANY timers wait; each turn fires the earliest and sets a new one, later than all
        List<Integer> seconds = new ArrayList<>();
        for (int i = 0; i < MANY; i++) {
            seconds.add(i);
        }
        Collections.shuffle(seconds, new Random(4));
        TimerQueue queue = new TimerQueue();
        long sequence = 0;
        long start = System.nanoTime();
        long limit = Duration.ofSeconds(2).toNanos(); // a heap needs about 0.1 s for all of it
        for (int second : seconds) {
            queue.add(Timer.of("timer", Duration.ofSeconds(second), sequence++));
            failIfSlow(start, limit, sequence);
        }
        for (int fired = 0; fired < MANY; fired++) {
            queue.poll();
            queue.add(Timer.of("timer", Duration.ofSeconds(MANY + fired), sequence++));
            failIfSlow(start, limit, sequence);
        }
        assertThat(queue.size()).isEqualTo(MANY);
    }

    private static void failIfSlow(long start, long limit, long timers) {
        long took = System.nanoTime() - start;
        if (took > limit && timers % 1_000 == 0) {
            throw new AssertionError(String.format(Locale.ROOT, """
                    %d of %d timers set (and up to %d fired) took %.1f s, expected all within %.0f s: with %d \
                    timers waiting, how much work does TimerQueue do for each add() and poll()? The loop does \
                    both for every timer, so a queue that walks or sorts its timers each time gets slower as it \
                    fills.""", timers, 2 * MANY, Math.max(0, timers - MANY), took / 1e9, limit / 1e9, MANY));
        }
    }

    @Test
    @Order(5)
    void aClearedTimerIsGone() {
        TimerQueue queue = new TimerQueue();
        Timer cleared = Timer.of("cleared", Duration.ofSeconds(1), 0);
        queue.add(cleared);
        queue.add(Timer.of("kept", Duration.ofSeconds(1), 1));

        assertThat(queue.remove(cleared)).as("remove() of a waiting timer").isTrue();
        assertThat(queue.remove(cleared)).as("remove() of a timer already removed").isFalse();
        assertThat(queue.size()).as("timers left after one of two was removed").isOne();
        assertThat(drain(queue)).containsExactly("kept");
        assertThat(queue.isEmpty()).isTrue();
        assertThat(queue.peek()).isNull();
    }

    private static List<String> drain(TimerQueue queue) {
        List<String> order = new ArrayList<>();
        while (!queue.isEmpty()) {
            assertThat(queue.peek()).isSameAs(queue.peek());
            order.add(queue.poll().name());
        }
        return order;
    }
}
