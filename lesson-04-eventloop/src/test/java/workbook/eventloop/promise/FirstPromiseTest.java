package workbook.eventloop.promise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import workbook.eventloop.trace.PrintedLines;
import workbook.eventloop.trace.Trace;
import workbook.kit.VirtualClock;
import workbook.kit.Goal;

/** Step 4's first exercise: a promise's reactions, judged against the real {@link Promise} (and Node). */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstPromiseTest {

    private final List<String> printed = new PrintedLines();
    private Trace trace; // the last run's: where its order left the expected one

    private List<String> run(Consumer<PromiseLoop> script) {
        printed.clear();
        trace = Trace.of(() -> PromiseLoop.run(new VirtualClock(), script));
        return List.copyOf(printed);
    }

    @Test
    @Order(1)
    @Goal(exercise = FirstPromise.class, failsBecause = "ran at once")
    void thenOnAFulfilledPromiseRunsAfterTheScriptNotAtOnce() {
        List<String> expected = run(loop -> {
            Promise<String> promise = Promise.resolve("value");
            promise.then(value -> printed.add("then got " + value));
            printed.add("script done");
        });
        List<String> yours = run(loop -> {
            FirstPromise<String> promise = new FirstPromise<>(loop);
            promise.resolve("value");
            promise.then(value -> printed.add("then got " + value));
            printed.add("script done");
        });

        assertThat(yours).as("""
                then() on a fulfilled FirstPromise printed %s, the real Promise (and Node) %s: your reaction %s. \
                A reaction is a microtask even when the value is already there: look at FirstPromise.then. %s""",
                yours, expected, diagnose(yours, "then got value", "script done", "inside then()"), trace.divergence(expected))
                .isEqualTo(expected);
    }

    @Test
    @Order(2)
    @Goal(exercise = FirstPromise.class, failsBecause = "inside resolve")
    void resolveQueuesTheWaitingReactionsInsteadOfRunningThem() {
        List<String> expected = run(loop -> {
            Promise.WithResolvers<String> promise = Promise.withResolvers();
            promise.promise().then(value -> printed.add("reaction"));
            promise.resolve().resolve("value");
            printed.add("after resolve");
        });
        List<String> yours = run(loop -> {
            FirstPromise<String> promise = new FirstPromise<>(loop);
            promise.then(value -> printed.add("reaction"));
            promise.resolve("value");
            printed.add("after resolve");
        });

        assertThat(yours).as("""
                a reaction registered before resolve() printed %s, the real Promise (and Node) %s: your reaction %s. \
                Settling a promise queues its reactions as microtasks: look at FirstPromise.resolve. %s""",
                yours, expected, diagnose(yours, "reaction", "after resolve", "inside resolve()"), trace.divergence(expected))
                .isEqualTo(expected);
    }

    @Test
    @Order(3)
    @Goal(exercise = FirstPromise.class, failsBecause = "registration order")
    void waitingReactionsRunInRegistrationOrder() {
        List<String> expected = run(loop -> {
            Promise.WithResolvers<String> door = Promise.withResolvers();
            for (String name : List.of("first", "second", "third")) {
                door.promise().then(value -> printed.add(name));
            }
            loop.setTimeout(Duration.ZERO, () -> door.resolve().resolve("open"));
        });
        List<String> yours = run(loop -> {
            FirstPromise<String> door = new FirstPromise<>(loop);
            for (String name : List.of("first", "second", "third")) {
                door.then(value -> printed.add(name));
            }
            loop.setTimeout(Duration.ZERO, () -> door.resolve("open"));
        });

        assertThat(yours).as("""
                three then() on a pending FirstPromise printed %s, the real Promise (and Node) %s: reactions run in \
                registration order, first registered first (a CompletableFuture runs them the other way round). \
                Look at how FirstPromise keeps the waiting reactions. %s""", yours, expected, trace.divergence(expected))
                .isEqualTo(expected);
    }

    @Test
    @Order(4)
    @Goal(exercise = FirstPromise.class, failsBecause = "before any timer")
    void reactionsRunBeforeAnyTimerEvenOneSetEarlier() {
        List<String> expected = run(loop -> {
            Promise.WithResolvers<String> door = Promise.withResolvers();
            door.promise().then(value -> printed.add("door's reaction got " + value));
            loop.setTimeout(Duration.ZERO, () -> door.resolve().resolve("open"));
            loop.setTimeout(Duration.ZERO, () -> printed.add("timer set after the door's"));
            Promise<String> ready = Promise.resolve("ready");
            ready.then(value -> printed.add("ready's reaction got " + value));
            printed.add("script done");
        });
        List<String> yours = run(loop -> {
            FirstPromise<String> door = new FirstPromise<>(loop);
            door.then(value -> printed.add("door's reaction got " + value));
            loop.setTimeout(Duration.ZERO, () -> door.resolve("open"));
            loop.setTimeout(Duration.ZERO, () -> printed.add("timer set after the door's"));
            FirstPromise<String> ready = new FirstPromise<>(loop);
            ready.resolve("ready");
            ready.then(value -> printed.add("ready's reaction got " + value));
            printed.add("script done");
        });

        int timer = yours.indexOf("timer set after the door's");
        boolean overtaken = timer >= 0 && yours.stream().skip(timer).anyMatch(line -> line.contains("reaction"));
        assertThat(yours).as("""
                two 0 ms timers and two FirstPromises printed %s, the real Promise (and Node) %s: a reaction runs \
                before any timer, even a timer that was due before the reaction was queued%s. Look at where \
                FirstPromise puts a reaction until it runs. %s""", yours, expected,
                overtaken ? "; here a timer set earlier ran before a reaction" : "", trace.divergence(expected))
                .isEqualTo(expected);
    }

    @Test
    void aSecondResolveIsIgnoredAndLateReactionsGetTheFirstValue() {
        run(loop -> {
            FirstPromise<String> promise = new FirstPromise<>(loop);
            promise.resolve("first");
            promise.resolve("second");
            loop.setTimeout(Duration.ZERO, () -> promise.then(value -> printed.add("late reaction got " + value)));
        });

        assertThat(printed).withFailMessage("""
                a promise resolved with "first", then with "second", and given a reaction once both were done printed \
                %s, expected [late reaction got first]: a promise settles once, a second resolve changes nothing, and \
                a reaction added later gets the value it settled with. Look at FirstPromise.resolve and then""", printed)
                .containsExactly("late reaction got first");
    }

    /** Why {@code reaction} is not where it belongs: after {@code marker}, as a microtask. */
    private static String diagnose(List<String> printed, String reaction, String marker, String where) {
        int reactionAt = printed.indexOf(reaction);
        if (reactionAt < 0) {
            return "never ran (is it kept somewhere nobody looks at again?)";
        }
        return reactionAt < printed.indexOf(marker)
                ? "ran at once, " + where + ", before the script went on"
                : "ran in the wrong place";
    }
}
