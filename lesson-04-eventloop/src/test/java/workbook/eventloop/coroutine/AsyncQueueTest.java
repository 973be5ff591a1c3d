package workbook.eventloop.coroutine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import workbook.kit.VirtualClock;
import workbook.eventloop.promise.PromiseLoop;
import workbook.eventloop.trace.PrintedLines;
import workbook.eventloop.trace.Trace;
import workbook.kit.Goal;

/** Step 5: a queue between async functions; every expected order is what Node prints for the same program. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AsyncQueueTest {

    private final List<String> printed = new PrintedLines();

    private Void log(String line) {
        printed.add(line);
        return null;
    }

    @Test
    @Order(1)
    @Goal(exercise = AsyncQueue.class, failsBecause = "inside put()")
    void aWaitingTakerResumesAfterTheCodeThatPutTheItemNotInsideIt() {
        Trace trace = Trace.of(() -> PromiseLoop.run(new VirtualClock(), loop -> {
            AsyncQueue<String> queue = new AsyncQueue<>();
            loop.async(() -> {
                for (int i = 0; i < 2; i++) {
                    log("took " + queue.take());
                }
            });
            loop.setTimeout(Duration.ofMillis(10), () -> {
                queue.put("a");
                log("put a");
            });
            loop.setTimeout(Duration.ofMillis(10), () -> log("next timer"));
            loop.setTimeout(Duration.ofMillis(20), () -> {
                queue.put("b");
                log("put b");
            });
        }));

        List<String> expected = List.of("put a", "took a", "next timer", "put b", "took b");
        assertThat(printed).as("a consumer waiting in take() while timers put two items printed %s, Node prints %s: %s. %s",
                printed, expected, diagnose(), trace.divergence(expected)).isEqualTo(expected);
    }

    @Test
    @Order(2)
    @Goal(exercise = AsyncQueue.class, failsBecause = "without awaiting")
    void takingAnItemThatIsAlreadyThereStillAwaitsOneMicrotask() {
        Trace trace = Trace.of(() -> PromiseLoop.run(new VirtualClock(), loop -> {
            AsyncQueue<Integer> queue = new AsyncQueue<>();
            queue.put(1);
            queue.put(2);
            queue.put(3);
            for (String name : List.of("A", "B")) {
                loop.async(() -> {
                    for (int i = 0; i < 2; i++) {
                        int item = queue.take();
                        log(name + " took " + item);
                    }
                });
            }
            loop.setTimeout(Duration.ofMillis(5), () -> queue.put(4));
            log("script done");
        }));

        List<String> expected = List.of("script done", "A took 1", "B took 2", "A took 3", "B took 4");
        assertThat(printed).as("""
                two consumers taking from a queue that already holds 1, 2, 3 printed %s, Node prints %s: %s. %s""",
                printed, expected, printed.indexOf("script done") != 0
                        ? "a consumer went on without awaiting the item that was already there: JavaScript's "
                        + "await always gives the thread back for one microtask, so the script finishes first "
                        + "and the consumers take turns"
                        : diagnose(), trace.divergence(expected))
                .isEqualTo(expected);
    }

    @Test
    @Order(3)
    @Goal(exercise = AsyncQueue.class, failsBecause = "before any timer")
    void anItemAlreadyThereReachesItsTakerBeforeAnyTimer() {
        Trace trace = Trace.of(() -> PromiseLoop.run(new VirtualClock(), loop -> {
            AsyncQueue<String> queue = new AsyncQueue<>();
            queue.put("a");
            loop.setTimeout(Duration.ZERO, () -> log("timer set first"));
            loop.async(() -> {
                log("took " + queue.take());
            });
            log("script done");
        }));

        List<String> expected = List.of("script done", "took a", "timer set first");
        int took = printed.indexOf("took a");
        assertThat(printed).as("""
                a consumer taking the item a queue already holds, with a 0 ms timer set before, printed %s, Node \
                prints %s: the awaited item reaches its taker in a microtask, before any timer%s. Look at how \
                take() hands out an item that is already there. %s""", printed, expected,
                took > printed.indexOf("timer set first") && printed.contains("timer set first")
                        ? "; here the taker resumed only after a timer set before it" : "", trace.divergence(expected))
                .isEqualTo(expected);
    }

    @Test
    @Order(4)
    void waitingTakersAreServedInTheOrderTheyCame() {
        PromiseLoop.run(new VirtualClock(), loop -> {
            AsyncQueue<Integer> queue = new AsyncQueue<>();
            for (String name : List.of("A", "B", "C")) { // A waits first, then B, then C
                loop.async(() -> {
                    log(name + " took " + queue.take());
                });
            }
            loop.setTimeout(Duration.ofMillis(10), () -> List.of(1, 2, 3).forEach(queue::put));
        });

        List<String> took = printed.stream().sorted().toList(); // who got what, whenever each resumed
        List<String> expected = List.of("A took 1", "B took 2", "C took 3");
        assertThat(took).as("""
                three consumers waiting in take() (A first, then B, then C) for the items 1, 2, 3 got %s, expected \
                %s: a queue serves first come, first served, so the taker that has waited longest gets the next \
                item. Look at which waiting taker AsyncQueue.put wakes""", took, expected).isEqualTo(expected);
    }

    /** Names what a wrong order says about put(). */
    private String diagnose() {
        Set<String> seen = new HashSet<>();
        for (String line : printed) {
            if (line.contains("took") && !seen.add(line)) {
                return "an item was taken twice (\"" + line + "\"): put() handed it to the taker and kept it too";
            }
        }
        int took = printed.indexOf("took a");
        int put = printed.indexOf("put a");
        if (took >= 0 && put >= 0 && took < put) {
            return "the taker ran inside put(), before the line after it: it must resume from a promise's "
                    + "reaction (a microtask), after the code that put the item has gone on";
        }
        if (took > printed.indexOf("next timer")) {
            return "the taker resumed only after the next timer: a fulfilled promise resumes it in a microtask, "
                    + "before any timer";
        }
        return "look at AsyncQueue.put and take";
    }
}
