package workbook.futures;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import workbook.kit.MachineLoad;
import workbook.kit.Timeline;

/**
 * One call of a method that should compose futures, observed: how long it took to hand back its
 * future, when that future completed, and whether any thread sat waiting in the exercise's code
 * while the work was still going on. The checks name what a hurried fix gets wrong.
 *
 * @param <T> what the future holds
 */
final class Composed<T> {

    /** How late after the last piece of work the composed future may complete: the same thread's next step. */
    static final Duration AT_ONCE = Duration.ofMillis(100);
    /**
     * How long the caller may wait (asleep, parked, blocked: not computing, not queued for a core) before it has the
     * future: a method that composes never waits, so nothing but a blocking call comes near this.
     */
    static final Duration RETURNS_AT_ONCE = Duration.ofMillis(800);
    /** The longest the threads are watched after the work should have ended: the watch ends with the future. */
    static final Duration WATCH_AT_MOST = Duration.ofSeconds(30);

    private final Timeline timeline;
    private final String method;
    private final String work;
    private volatile Duration returnedAfter;
    private volatile Duration callerWaited = Duration.ZERO;
    private volatile MachineLoad.OwnTime caller;
    private volatile Duration calledAt;
    /** How late this JVM's threads woke during the call: a completion that much late may be the machine's. */
    private volatile MachineLoad machine;
    private volatile Class<?> exercise;
    private volatile Duration doneAt;
    private volatile Optional<String> heldUp = Optional.empty();
    private T result;

    /** {@code method} is where to look ("GreetingTasks.gather"), {@code work} what it waits for ("the greetings"). */
    Composed(Timeline timeline, String method, String work) {
        this.timeline = timeline;
        this.method = method;
        this.work = work;
    }

    /**
     * Calls {@code call}, watches {@code exercise}'s threads until {@code quietUntil} on the timeline
     * (while every piece of work is surely still waiting), then waits for the result.
     */
    T run(Supplier<CompletableFuture<T>> call, Class<?> exercise, RecordedThreads threads, Duration quietUntil) {
        Duration before = timeline.now();
        calledAt = before;
        this.exercise = exercise;
        caller = MachineLoad.ownTime();
        try (MachineLoad probe = MachineLoad.probe(Duration.ofMillis(10))) {
            machine = probe;
            CompletableFuture<T> future;
            try {
                future = call.get();
            } finally {
                callerWaited = caller.waited(); // a busy machine stretches the call, never the caller's own waiting
                returnedAfter = timeline.now().minus(before);
            }
            CompletableFuture<T> observed = future.whenComplete((value, failure) -> doneAt = timeline.now());
            // Watched until the future completes, however late a busy machine makes it: a thread held up in the
            // exercise's code meanwhile waits for work that a future could have waited for.
            heldUp = BlockedThreads.watchUntil(exercise, threads.threads(), observed, quietUntil.plus(WATCH_AT_MOST));
            result = observed.join();
            return result;
        }
    }

    T result() {
        return result;
    }

    /** When the composed future completed, or null if it has not yet. */
    Duration doneAt() {
        return doneAt;
    }

    /**
     * For a call whose timing failed, on a busy machine or not: fails naming what it did wrong, as far as can be told
     * so far (a thread seen waiting, and once the future completed, the rest of {@link #shouldHaveComposed}).
     */
    void shouldHaveComposedSoFar(RecordedThreads threads, int count) {
        if (!threads.madeAt().isEmpty() && !ranTogether(threads, count)) {
            return; // the work ran one after another: the caller's diagnosis says that first
        }
        if (returnedAfter == null && caller != null) { // still in the call: has the caller waited there already?
            Duration waitedSoFar = caller.waited();
            if (returnedAfter == null && waitedSoFar.compareTo(RETURNS_AT_ONCE) >= 0) {
                fail("""
                        %s had not handed back its future after %s, its caller's thread having waited %s of it, \
                        expected at once (no wait of %s) while %s still wait: it blocked its caller until they were \
                        done, so the caller could not go on meanwhile. Look at what %s waits for before it returns."""
                        .formatted(method, Timeline.seconds(timeline.now().minus(calledAt)), Timeline.seconds(waitedSoFar),
                                Timeline.seconds(RETURNS_AT_ONCE), work, method));
            }
        }
        if (heldUp.isEmpty() && exercise != null) { // the watch may not have looked yet: one look now
            heldUp = BlockedThreads.now(exercise, threads.threads());
        }
        heldUp.ifPresent(thread -> shouldHaveComposed());
        if (doneAt != null && returnedAfter != null) {
            shouldHaveComposed();
        }
    }

    /** Fails naming the first thing that shows the method waited instead of composing. */
    void shouldHaveComposed() {
        // A completion late by no more than the machine held this JVM's threads back is not the code's.
        Duration lastEnded = lastEnd(timeline);
        Duration late = doneAt == null ? Duration.ZERO : doneAt.minus(lastEnded); // not completed yet: the other checks
        Duration allowed = AT_ONCE.plus(machine == null ? Duration.ZERO : machine.worstLateness());
        if (late.compareTo(allowed) > 0) {
            fail("""
                    %s's future completed %s after the last of %s had ended (at %s), expected at once (within %s): \
                    does it wait for something other than %s, such as a fixed time?
                    %s""".formatted(method, Timeline.seconds(late), work, Timeline.seconds(lastEnded),
                    Timeline.seconds(allowed), work, timeline));
        }
        if (callerWaited.compareTo(RETURNS_AT_ONCE) >= 0) {
            fail("""
                    %s took %s to hand back its future, %s of it with the caller's thread waiting, expected at \
                    once (no wait of %s) while %s still wait: it blocked its caller until they were done, so the \
                    caller could not go on meanwhile. Look at what %s waits for before it returns.""".formatted(
                    method, Timeline.seconds(returnedAfter), Timeline.seconds(callerWaited),
                    Timeline.seconds(RETURNS_AT_ONCE), work, method));
        }
        heldUp.ifPresent(thread -> fail("""
                while %s were still waiting, %s: a thread sat waiting for %s. A future needs no thread to wait \
                on it (not the caller's, not another one): the code that needs the results can run when the last \
                result is in. Look at what %s waits on.""".formatted(work, thread, work, method)));
    }

    /**
     * Why a run was out of bounds, when what was recorded can tell: a sentence ending in a new line, or "".
     * {@code threads} made one thread per piece of work; {@code count} pieces were expected.
     */
    String diagnosis(RecordedThreads threads, int count) {
        List<Duration> starts = threads.madeAt();
        if (starts.isEmpty()) {
            return "";
        }
        if (!ranTogether(threads, count)) {
            return "%s ran one after another: they started at %s (%d of %d started), expected all at once.%n".formatted(
                    capitalized(work), starts.stream().map(Timeline::seconds).collect(Collectors.joining(", ")),
                    Math.min(starts.size(), count), count);
        }
        Duration lastEnded = lastEnd(timeline);
        if (timeline.spans().size() >= count && (doneAt == null || doneAt.minus(lastEnded).compareTo(AT_ONCE) > 0)) {
            Duration late = (doneAt == null ? timeline.now() : doneAt).minus(lastEnded);
            return ("%s's future was %s %s after the last of %s had ended (at %s): does it wait for something other than"
                    + " %s, such as a fixed time?%n").formatted(method, doneAt == null ? "still not done" : "done only",
                    Timeline.seconds(late), work, Timeline.seconds(lastEnded), work);
        }
        return "";
    }

    /**
     * For a run the machine was too busy to time: fails if the work plainly ran one after another (a load does not
     * make that), else lets the caller say it could not judge.
     */
    void shouldNotHaveRunInTurn(RecordedThreads threads, int count, String where) {
        if (!threads.madeAt().isEmpty() && !ranTogether(threads, count)) {
            fail(diagnosis(threads, count) + where);
        }
    }

    /** Whether the {@code count} pieces of work all started within 0.2 s of the first. */
    private static boolean ranTogether(RecordedThreads threads, int count) {
        List<Duration> starts = threads.madeAt();
        return starts.size() >= count && starts.stream().limit(count)
                .allMatch(start -> start.minus(starts.getFirst()).compareTo(Duration.ofMillis(200)) < 0);
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The end of the last span on {@code timeline}. */
    static Duration lastEnd(Timeline timeline) {
        return timeline.spans().stream().map(Timeline.Span::end).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
    }
}
