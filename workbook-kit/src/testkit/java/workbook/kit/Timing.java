package workbook.kit;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A timing claim, checked with a lower and an upper bound.
 *
 * <pre>{@code
 * Timing.of("the three greetings")
 *       .shouldTakeBetween(seconds(2.8), seconds(3.6))
 *       .hint("are you waiting for each thread before starting the next?")
 *       .showing(timeline)
 *       .run(() -> greeter.greetAll(TALK));
 * }</pre>
 *
 * The work runs on a thread of its own while Awaitility watches the clock, so a claim that is
 * too slow fails at its upper bound instead of waiting for the work to end, and one that is too
 * fast fails too: skipping the waiting is no more correct than waiting too long.
 */
public final class Timing {

    /** Code under test that may throw anything. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /** How often the probe beside the work wakes to see how late it is. */
    private static final Duration PROBE_PERIOD = Duration.ofMillis(10);

    /** The longest a late claim is given to show that the machine, not the code, held it back. */
    private static final Duration MOST_HELD_BACK = Duration.ofSeconds(10);

    private static final Queue<String> HELD = new ConcurrentLinkedQueue<>();

    private final String what;
    private Duration atLeast = Duration.ZERO;
    private Duration atMost = Duration.ofSeconds(30);
    private Supplier<String> hint = () -> "";
    private Timeline timeline;
    private Duration waitingAtMost; // null: the claim is on the wall clock
    private Supplier<MachineLoad> machineProbe = () -> MachineLoad.probe(PROBE_PERIOD);

    private Timing(String what) {
        this.what = what;
    }

    public static Timing of(String what) {
        return new Timing(what);
    }

    /** A duration in (fractional) seconds, as the talk states them. */
    public static Duration seconds(double seconds) {
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }

    public Timing shouldTakeBetween(Duration atLeast, Duration atMost) {
        this.atLeast = atLeast;
        this.atMost = atMost;
        return this;
    }

    /**
     * For work on a virtual clock, which must not wait in real time: its thread may sit asleep or parked at most
     * {@code waiting} in all, however slowly a busy machine lets it compute (the wall clock only ends a hang, at 30 s).
     */
    public Timing shouldWaitAtMost(Duration waiting) {
        this.atLeast = Duration.ZERO;
        this.atMost = Duration.ofSeconds(30);
        this.waitingAtMost = waiting;
        return this;
    }

    /** Where to look when the claim fails: appended to the failure message. */
    public Timing hint(String hint) {
        this.hint = () -> hint;
        return this;
    }

    /** A hint that looks at what happened, worked out only when the claim fails. */
    public Timing hint(Supplier<String> hint) {
        this.hint = hint;
        return this;
    }

    /** A timeline the work records into; it is printed when the claim fails. */
    public Timing showing(Timeline timeline) {
        this.timeline = timeline;
        return this;
    }

    /** For the kit's own tests: how the machine is read beside the work. */
    Timing readingTheMachineWith(Supplier<MachineLoad> probe) {
        this.machineProbe = probe;
        return this;
    }

    /**
     * Runs the work and returns how long it took, or fails with what was measured and what was expected. Beside
     * the work, a probe thread measures how late this JVM's threads wake: when the work overran its upper bound by
     * no more than the probe was held back, the machine, not the code, may have made it late, and the test is
     * aborted as not judged instead of failed.
     */
    public Duration run(Work work) {
        long start = System.nanoTime();
        CompletableFuture<Void> done = new CompletableFuture<>();
        AtomicLong end = new AtomicLong();
        AtomicReference<Duration> waited = new AtomicReference<>(Duration.ZERO);
        AtomicReference<MachineLoad.OwnTime> ownStart = new AtomicReference<>();
        try (MachineLoad machine = machineProbe.get()) {
            // How long the machine kept the work's own thread waiting for a core (class loading, the JIT, the work).
            AtomicLong queued = new AtomicLong();
            AtomicReference<String> task = new AtomicReference<>();
            Thread runner = Thread.ofPlatform().name("timed-work").daemon().start(() -> {
                task.set(MachineLoad.currentTask());
                long queuedBefore = MachineLoad.runQueueNanos();
                queued.set(-queuedBefore);
                MachineLoad.OwnTime own = MachineLoad.ownTime();
                ownStart.set(own);
                try {
                    work.run();
                    waited.set(own.waited());
                    end.set(System.nanoTime());
                    queued.set(MachineLoad.runQueueNanos() - queuedBefore);
                    done.complete(null);
                } catch (Throwable failure) {
                    end.set(System.nanoTime());
                    queued.set(MachineLoad.runQueueNanos() - queuedBefore);
                    done.completeExceptionally(failure);
                }
            });
            try {
                // Both bounds count from `start`, not from Awaitility's own start: its first use in a JVM
                // takes a few hundred milliseconds, which would make the work look that much faster.
                Duration left = atMost.minus(Duration.ofNanos(System.nanoTime() - start));
                if (left.compareTo(Duration.ofMillis(2)) < 0) { // a busy machine took that long to start the work's thread
                    throw new ConditionTimeoutException("no time left to wait");
                }
                await().atMost(left.plusMillis(1))
                        .pollDelay(Duration.ofMillis(1))
                        .pollInterval(Duration.ofMillis(5))
                        .dontCatchUncaughtExceptions()
                        .until(() -> done.isDone() || waitedTooLong(ownStart.get()));
                if (!done.isDone()) { // its thread waited too long already: no need to wait for the rest
                    String where = hint.get();
                    runner.interrupt();
                    throw new AssertionError("%s was still running after %s, its thread having waited over %s in real time (asleep or parked)%s"
                            .formatted(what, Timeline.seconds(Duration.ofNanos(System.nanoTime() - start)),
                                    Timeline.seconds(waitingAtMost), where.isEmpty() ? "" : ": " + where));
                }
                if (Duration.ofNanos(end.get() - start).compareTo(atLeast) < 0) {
                    throw new ConditionTimeoutException("earlier than " + atLeast);
                }
            } catch (ConditionTimeoutException outOfBounds) {
                boolean early = done.isDone() && Duration.ofNanos(end.get() - start).compareTo(atLeast) < 0;
                Duration heldBack = Duration.ZERO;
                if (!early) {
                    // Late: would it have made it, had the machine not held this JVM's threads back? The work's thread
                    // waited this long for a core, and a sleeping thread of this JVM woke up to this late.
                    heldBack = machine.heldBack(atMost, Duration.ofNanos(done.isDone() ? queued.get()
                            : Math.max(0, queued.get() + MachineLoad.runQueueNanos(task.get()))));
                    if (!done.isDone() && !heldBack.isZero()) {
                        awaitQuietly(done, heldBack.compareTo(MOST_HELD_BACK) < 0 ? heldBack : MOST_HELD_BACK);
                        // read again: a thread still queued for a core counts its wait only once it gets one
                        heldBack = machine.heldBack(atMost, Duration.ofNanos(done.isDone() ? queued.get()
                                : Math.max(0, queued.get() + MachineLoad.runQueueNanos(task.get()))));
                    }
                    if (done.isDone() && !done.isCompletedExceptionally()
                            && Duration.ofNanos(end.get() - start).minus(atMost).compareTo(heldBack) <= 0) {
                        runner.interrupt();
                        throw MachineLoad.tooBusy("%s took %s, expected at most %s, and meanwhile its thread waited %s for a core; %s"
                                .formatted(what, Timeline.seconds(Duration.ofNanos(end.get() - start)), Timeline.seconds(atMost),
                                        Timeline.seconds(Duration.ofNanos(queued.get())), machine.describe()));
                    }
                }
                boolean finished = done.isDone(); // before the interrupt below, which may end the work at once
                Duration took = Duration.ofNanos((finished ? end.get() : System.nanoTime()) - start);
                String measured = finished ? "took " + Timeline.seconds(took) : "was still running after " + Timeline.seconds(took);
                String failure = failure(measured, machine, heldBack); // the hint sees the work as it was, before the interrupt
                runner.interrupt(); // too slow: stop the work rather than let it run on behind the next test
                throw new AssertionError(failure, finished && done.isCompletedExceptionally() ? causeOf(done) : null);
            }
        }
        Duration took = Duration.ofNanos(end.get() - start);
        if (done.isCompletedExceptionally()) {
            throw new AssertionError(what + " failed after " + Timeline.seconds(took) + ": " + causeOf(done), causeOf(done));
        }
        if (waitingAtMost != null && waited.get().compareTo(waitingAtMost) > 0) {
            String where = hint.get();
            throw new AssertionError("%s took %s, %s of it waiting in real time (its thread asleep or parked), expected at most %s%s"
                    .formatted(what, Timeline.seconds(took), Timeline.seconds(waited.get()), Timeline.seconds(waitingAtMost),
                            where.isEmpty() ? "" : ": " + where));
        }
        if (timeline != null) {
            HELD.add(what + " took " + Timeline.seconds(took) + ":\n" + timeline);
        }
        return took;
    }

    /** The timelines of the claims that held in this run, in the order they ended: ./workbook shows one with "done". */
    public static List<String> timelinesThatHeld() {
        return List.copyOf(HELD);
    }

    private String failure(String measured, MachineLoad machine, Duration heldBack) {
        String where = hint.get();
        boolean busy = heldBack.compareTo(MachineLoad.NOTICEABLY_LATE) >= 0;
        return "%s %s, expected between %s and %s%s%s%s".formatted(what, measured,
                Timeline.seconds(atLeast), Timeline.seconds(atMost),
                where.isEmpty() ? "" : ": " + where,
                busy ? "\n(The machine was busy meanwhile: it held the work back about " + Timeline.seconds(heldBack)
                        + ", not enough to explain it; " + machine.describe() + ".)" : "",
                timeline == null ? "" : "\nTimeline of the run:\n" + timeline);
    }

    /** Whether the work's thread has already waited (not computing, not queued for a core) longer than allowed. */
    private boolean waitedTooLong(MachineLoad.OwnTime own) {
        return waitingAtMost != null && own != null && own.waited().compareTo(waitingAtMost) > 0;
    }

    private static void awaitQuietly(CompletableFuture<Void> done, Duration atMost) {
        try {
            done.get(atMost.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException endedEitherWay) {
            // done or not, the caller looks
        }
    }

    private static Throwable causeOf(CompletableFuture<?> future) {
        return future.handle((ignored, failure) -> failure).join();
    }
}
