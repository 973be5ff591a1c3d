package workbook.eventloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Isolated;
import workbook.kit.Goal;
import workbook.kit.Greeting;
import workbook.kit.VirtualClock;

@Isolated // measures how long a timer takes: nothing else may run meanwhile
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the first failure is the one that names the mistake
class TimerQueueTest {

    /** The queue lengths the cost of a timer is measured at, and the turns measured. */
    private static final int FEW = 1_000;
    private static final int MANY = 64_000;
    private static final int TURNS = 20_000;

    /** How much dearer a timer may be with 64 times as many waiting: a heap pays 2 to 10 times, a list 64 or more. */
    private static final int GROWTH = 32;

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
    @Goal(exercise = TimerQueue.class, failsBecause = "however far apart")
    void timersComeOutEarliestDeadlineFirstHoweverFarApartTheirDeadlines() {
        // deadlines are nanoseconds: more than 2.1 s apart, their difference no longer fits in an int
        List<Duration> delays = List.of(Duration.ofSeconds(1), Duration.ofSeconds(4), Duration.ofSeconds(90),
                Duration.ofHours(2), Duration.ofMillis(Integer.MAX_VALUE)); // the longest delay setTimeout takes: 24.8 days
        List<String> expected = delays.stream().map(TimerQueueTest::name).toList();
        for (int first = 0; first < delays.size(); first++) {
            List<Duration> set = new ArrayList<>(delays);
            Collections.rotate(set, -first);
            if (first % 2 == 1) {
                Collections.reverse(set);
            }
            TimerQueue queue = new TimerQueue();
            for (int i = 0; i < set.size(); i++) {
                queue.add(Timer.of(name(set.get(i)), set.get(i), i));
            }

            List<String> order = drain(queue);

            assertThat(order)
                    .as("timers set for %s came out as %s, expected earliest deadline first, however far apart their "
                            + "deadlines (nanoseconds on the loop's clock): look at how TimerQueue compares two "
                            + "deadlines, and whether every step of that comparison holds numbers that large",
                            set.stream().map(TimerQueueTest::name).toList(), order)
                    .containsExactlyElementsOf(expected);
        }
    }

    private static String name(Duration delay) {
        return delay.toString().substring(2).toLowerCase(Locale.ROOT);
    }

    @Test
    @Order(4)
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
    @Order(5)
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // seconds of CPU at most, which a busy machine hands out over minutes
    void aTimersCostGrowsWithTheLogarithmOfTheQueueNotWithItsLength() {
        // as in a loop: timers wait; each turn fires the earliest and sets a new one, due some time later
        double few = nanosPerTimer(FEW, Long.MAX_VALUE);
        long budget = Math.clamp((long) (few * TURNS * 6 * GROWTH), Duration.ofSeconds(1).toNanos(), Duration.ofSeconds(4).toNanos());
        double many = nanosPerTimer(MANY, budget); // a list gives up here; a heap needs a small part of it
        double growth = many / few;
        if (growth > GROWTH) {
            throw new AssertionError(String.format(Locale.ROOT, """
                    with %,d timers waiting, setting and firing a timer took %s, against %.2f µs with %,d waiting: \
                    %s times as long, expected at most %d times (a timer queue a loop can live with pays a few \
                    times as much with 64 times as many timers, not 64 times as much). How much work does \
                    TimerQueue do for each add() and poll()? Does it walk or sort its timers each time?""",
                    MANY, Double.isInfinite(many) ? "so long that the test gave up" : String.format(Locale.ROOT, "%.2f µs of CPU", many / 1e3),
                    few / 1e3, FEW, Double.isInfinite(growth) ? "many" : String.format(Locale.ROOT, "%.0f", growth), GROWTH));
        }
    }

    /**
     * The least CPU time a turn took, over seven rounds of {@link #TURNS} turns, with {@code queued} timers
     * waiting; infinite once {@code budget} nanoseconds of CPU have gone, filling included. CPU time, not wall
     * time: a busy machine takes the core away between turns, which stretches the wall clock, not the work.
     */
    private static double nanosPerTimer(int queued, long budget) {
        Random random = new Random(queued);
        TimerQueue queue = new TimerQueue();
        long sequence = 0;
        long began = cpuNanos();
        for (int i = 0; i < queued; i++) {
            queue.add(Timer.of("timer", Duration.ofMillis(random.nextInt(queued)), sequence++));
            if (i % 1_000 == 0 && cpuNanos() - began > budget) {
                return Double.POSITIVE_INFINITY;
            }
        }
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 7; round++) {
            long start = cpuNanos();
            for (int turn = 0; turn < TURNS; turn++) {
                Timer fired = queue.poll();
                queue.add(Timer.of("timer", Duration.ofNanos(fired.deadline()).plusMillis(random.nextInt(queued)), sequence++));
                if (turn % 1_000 == 0 && cpuNanos() - began > budget) {
                    return Double.POSITIVE_INFINITY;
                }
            }
            best = Math.min(best, cpuNanos() - start);
        }
        assertThat(queue.size()).as("timers waiting after as many set as fired").isEqualTo(queued);
        return (double) best / TURNS;
    }

    @Test
    @Order(6)
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

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
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
