package workbook.threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import workbook.kit.Goal;

/**
 * Judges 02-hit-counter. The first tests hold threads inside the race window, so a race is
 * certain, not likely; they only wait, each on its own counter, and run side by side.
 */
@Execution(ExecutionMode.CONCURRENT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HitCounterTest {

    private static final int RUNS = 20;
    private static final int THREADS = 4;
    private static final int HITS_EACH = 25;
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private final HeldWindow window = new HeldWindow();
    private final HitCounter counter = new HitCounter(window);

    @Test
    @Order(1)
    @Goal(exercise = HitCounter.class, failsBecause = "at the same time")
    void aSecondIncrementCannotSpoilTheFirst() throws InterruptedException {
        Thread first = hit("hit 1");
        boolean held = window.awaitInside(first, PATIENCE);
        Thread second = hit("hit 2");
        boolean together = held && bothInsideOrSecondKeptOut(second);
        window.open();
        join(first, second);

        assertThat(counter.count()).withFailMessage(together ? """
                two increments were between their read and their write at the same time, and the count is %d \
                after 2 hits: both read 0 and both wrote 1. Look at HitCounter.increment: what keeps a second \
                thread out while the first is between its read and its write?"""
                : "2 hits, counted %d. Look at HitCounter.increment.", counter.count())
                .isEqualTo(2);
    }

    @Test
    @Order(2)
    void countReadsUnderTheLockThatIncrementHolds() throws InterruptedException {
        Thread first = hit("hit 1");
        if (!window.awaitInside(first, PATIENCE)) {
            window.open();
            join(first);
            return; // no window to hold a thread in: everyHitDoesTheWorkBetweenItsReadAndItsWrite says so
        }
        Thread second = hit("hit 2");
        boolean incrementsExcludeEachOther = !bothInsideOrSecondKeptOut(second);
        long[] seen = {-1};
        Thread reader = Thread.ofPlatform().name("reads the count").daemon().start(() -> seen[0] = counter.count());
        boolean readDuringTheIncrement = incrementsExcludeEachOther && returnsOrWaits(reader) && !reader.isAlive()
                && window.isInside(first);
        window.open();
        join(first, second, reader);

        if (readDuringTheIncrement) {
            assertThat(unguardedFields()).withFailMessage("""
                    count() returned %d while an increment held the lock between its read and its write: \
                    count() reads %s without the lock that increment() holds, and without it the Java memory \
                    model promises no thread the latest count. Look at HitCounter.count.""",
                    seen[0], unguardedFields()).isEmpty();
        }
    }

    @Test
    @Order(3)
    void everyHitDoesTheWorkBetweenItsReadAndItsWrite() throws InterruptedException {
        AtomicInteger passes = new AtomicInteger();
        HitCounter counting = new HitCounter(passes::incrementAndGet);
        for (int hit = 0; hit < 10; hit++) {
            counting.increment();
        }

        assertThat(passes.get()).withFailMessage("""
                increment() went through the race window %d times for 10 hits, expected at least once per hit: \
                the window stands for the work between reading the count and writing it back, and the exercise \
                is to make that work safe, not to leave it out (a plain count++ without it still races, only \
                rarely). Look at HitCounter.increment.""", passes.get())
                .isGreaterThanOrEqualTo(10);
        assertThat(counting.count()).withFailMessage("10 hits on one thread, counted %d", counting.count())
                .isEqualTo(10);
    }

    @Test
    @Order(4)
    @Goal(exercise = HitCounter.class, failsBecause = "lost updates in 20 of 20 runs")
    void noHitIsLostInTwentyRuns() throws InterruptedException {
        List<LostUpdates.Result> lossy = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            LostUpdates.Result result = LostUpdates.run(new HitCounter(), THREADS, HITS_EACH, line -> { });
            if (result.lost() != 0) {
                lossy.add(result);
            }
        }

        assertThat(lossy.size())
                .withFailMessage("""
                        %d threads × %d hits on one HitCounter lost updates in %d of %d runs \
                        (first: %s), expected none lost: two threads read the same count and both \
                        write it back plus one. Look at HitCounter.increment: can two threads be \
                        between its read and its write at once?""",
                        THREADS, HITS_EACH, lossy.size(), RUNS, lossy.isEmpty() ? "-" : lossy.getFirst())
                .isZero();
    }

    @Test
    @Order(5)
    void oneThreadAloneCountsEveryHit() throws InterruptedException {
        LostUpdates.Result alone = LostUpdates.run(new HitCounter(), 1, 30, line -> { });

        assertThat(alone.counted()).isEqualTo(30);
        assertThat(alone.lost()).isZero();
    }

    /** A race window that holds every thread inside until the test opens it. */
    private static final class HeldWindow implements RaceWindow {
        private final Set<Thread> inside = ConcurrentHashMap.newKeySet();
        private final CountDownLatch open = new CountDownLatch(1);

        @Override
        public void pass() throws InterruptedException {
            inside.add(Thread.currentThread());
            try {
                if (!open.await(PATIENCE.toSeconds() * 2, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("held in the race window, and never let out");
                }
            } finally {
                inside.remove(Thread.currentThread());
            }
        }

        boolean isInside(Thread thread) {
            return inside.contains(thread);
        }

        /** Waits until {@code thread} is inside; false if it ended without ever coming in. */
        boolean awaitInside(Thread thread, Duration patience) {
            await().atMost(patience).pollInterval(Duration.ofMillis(2))
                    .until(() -> inside.contains(thread) || !thread.isAlive());
            return inside.contains(thread);
        }

        void open() {
            open.countDown();
        }
    }

    /** The second hit is let into the window beside the first (true), or kept waiting outside it (false). */
    private boolean bothInsideOrSecondKeptOut(Thread second) {
        try {
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(2))
                    .until(() -> window.isInside(second) || waitsOutside(second));
            if (!window.isInside(second)) { // make sure it waits, not just passing by a lock it will get
                await().during(Duration.ofMillis(50)).atMost(PATIENCE).pollInterval(Duration.ofMillis(2))
                        .until(() -> window.isInside(second) || waitsOutside(second));
            }
        } catch (ConditionTimeoutException neither) {
            window.open();
            throw new AssertionError("a second increment, while the first was between its read and its write, "
                    + "neither went in nor waited for " + PATIENCE.toSeconds() + " s: it is " + second.getState()
                    + ". Look at HitCounter.increment: does it spin, waiting for a lock?");
        }
        return window.isInside(second);
    }

    /** The reader ended, or waits (at a lock): either way, no longer passing by. */
    private static boolean returnsOrWaits(Thread reader) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(2))
                .until(() -> !reader.isAlive() || waitsOutside(reader));
        return true;
    }

    private static boolean waitsOutside(Thread thread) {
        Thread.State state = thread.getState();
        return state == Thread.State.BLOCKED || state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
    }

    /** Fields of the counter that a thread may read stale without a lock: neither volatile nor atomic. */
    private static List<String> unguardedFields() {
        return Arrays.stream(HitCounter.class.getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers()))
                .filter(field -> field.getType().isPrimitive() && !Modifier.isVolatile(field.getModifiers()))
                .map(Field::getName).toList();
    }

    private Thread hit(String name) {
        return Thread.ofPlatform().name(name).daemon().start(() -> {
            try {
                counter.increment();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private static void join(Thread... threads) throws InterruptedException {
        for (Thread thread : threads) {
            if (!thread.join(PATIENCE)) {
                throw new AssertionError(thread.getName() + " did not end within " + PATIENCE.toSeconds() + " s: "
                        + thread.getState() + " in " + Arrays.toString(thread.getStackTrace()));
            }
        }
    }
}
