package workbook.eventloop;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.RepeatedTest;
import workbook.kit.Goal;

/** Timers no test chose: any number, any deadlines (1 ms to 100 days, some equal), set in any order. */
class TimerQueueAnyTimersTest {

    private static final long HUNDRED_DAYS = Duration.ofDays(100).toNanos();

    @RepeatedTest(3)
    @Goal(exercise = TimerQueue.class, failsBecause = "expected earliest deadline first")
    void anyTimersComeOutEarliestDeadlineFirstAndEqualOnesInTheOrderSet() {
        long seed = ThreadLocalRandom.current().nextLong();
        Random random = new Random(seed);
        long[] deadlines = random.longs(random.nextInt(2, 12), 1_000_000, HUNDRED_DAYS).toArray(); // few: some repeat
        int count = random.nextInt(20, 300); // enough that no order comes out right by chance
        List<Timer> set = new ArrayList<>();
        for (int sequence = 0; sequence < count; sequence++) {
            long deadline = deadlines[random.nextInt(deadlines.length)];
            set.add(Timer.of("#" + sequence, Duration.ofNanos(deadline), sequence));
        }
        TimerQueue queue = new TimerQueue();
        set.forEach(queue::add);
        List<Timer> out = new ArrayList<>();
        for (Timer next; (next = queue.poll()) != null; ) {
            out.add(next);
        }

        List<Timer> expected = set.stream()
                .sorted(Comparator.comparingLong(Timer::deadline).thenComparingLong(Timer::sequence)).toList();
        if (out.equals(expected)) {
            return;
        }
        String which = "%d timers set in random order for %d deadlines between 1 ms and 100 days (seed %d)"
                .formatted(set.size(), deadlines.length, seed);
        if (out.size() != set.size()) {
            throw new AssertionError("""
                    %s: %d came out, expected them all, earliest deadline first and those due at the same time in \
                    the order they were set in: a timer whose deadline another has too is a timer all the same. \
                    Look at what TimerQueue keeps""".formatted(which, out.size()));
        }
        int at = 0;
        while (out.get(at).equals(expected.get(at))) {
            at++;
        }
        Timer came = out.get(at);
        Timer due = expected.get(at);
        if (came.deadline() == due.deadline()) {
            throw new AssertionError("""
                    %s: %s came out before %s, both due at %s: expected earliest deadline first, and timers due at \
                    the same time in the order they were set in (setTimeout(a, 0); setTimeout(b, 0) runs a first). \
                    Look at how TimerQueue orders two timers with the same deadline""".formatted(
                    which, came.name(), due.name(), Duration.ofNanos(due.deadline())));
        }
        throw new AssertionError("""
                %s: after %d in order, %s (due at %s) came out before %s (due at %s): expected earliest deadline \
                first, however far apart their deadlines. Look at which timer TimerQueue.poll takes, and how it \
                compares two deadlines""".formatted(which, at, came.name(), Duration.ofNanos(came.deadline()), due.name(),
                Duration.ofNanos(due.deadline())));
    }
}
