package workbook.eventloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import workbook.kit.Goal;
import workbook.kit.Greeting;
import workbook.kit.VirtualClock;

class TimerQueueTest {

    @Test
    @Goal(exercise = TimerQueue.class, failsBecause = "expected earliest deadline first")
    void timersComeOutEarliestDeadlineFirst() {
        TimerQueue queue = new TimerQueue();
        queue.add(Timer.of("3 s", Duration.ofSeconds(3), 0));
        queue.add(Timer.of("1 s", Duration.ofSeconds(1), 1));
        queue.add(Timer.of("2 s", Duration.ofSeconds(2), 2));

        List<String> order = drain(queue);

        assertThat(order)
                .as("timers set as [3 s, 1 s, 2 s] came out as %s, expected earliest deadline first: "
                        + "the loop sleeps until the head's deadline, so TimerQueue's head must be the earliest timer", order)
                .containsExactly("1 s", "2 s", "3 s");
    }

    @Test
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
    void equalDeadlinesKeepTheOrderTheyWereSetIn() {
        TimerQueue queue = new TimerQueue();
        for (int i = 0; i < 5; i++) {
            queue.add(Timer.of("timer " + i, Duration.ofSeconds(1), i));
        }
        assertThat(drain(queue)).containsExactly("timer 0", "timer 1", "timer 2", "timer 3", "timer 4");
    }

    @Test
    void aClearedTimerIsGone() {
        TimerQueue queue = new TimerQueue();
        Timer cleared = Timer.of("cleared", Duration.ofSeconds(1), 0);
        queue.add(cleared);
        queue.add(Timer.of("kept", Duration.ofSeconds(1), 1));

        assertThat(queue.remove(cleared)).isTrue();
        assertThat(queue.remove(cleared)).isFalse();
        assertThat(queue.size()).isOne();
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
