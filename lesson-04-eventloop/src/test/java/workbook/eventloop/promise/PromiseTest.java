package workbook.eventloop.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import workbook.kit.VirtualClock;

/**
 * Step 4: the promise follows ECMAScript's job rules. Every expected order below is what Node 20
 * prints for the same script (the polyglot module runs them side by side).
 */
class PromiseTest {

    private final List<String> printed = new ArrayList<>();

    private Void log(String line) {
        printed.add(line);
        return null; // console.log returns undefined
    }

    private List<String> run(Consumer<PromiseLoop> script) {
        PromiseLoop.run(new VirtualClock(), script);
        return printed;
    }

    @Test
    void reactionsOnAPendingPromiseRunInTheOrderTheyWereRegistered() {
        run(loop -> {
            Promise.WithResolvers<Void> door = Promise.withResolvers();
            door.promise().then(v -> log("first"));
            door.promise().then(v -> log("second"));
            door.promise().then(v -> log("third"));
            loop.setTimeout(Duration.ZERO, () -> door.resolve().resolve((Void) null));
        });

        assertThat(printed).as("three then() on one pending promise, then resolved by a timer")
                .containsExactly("first", "second", "third");
    }

    @Test
    void aCompletableFutureRunsItsDependentsTheOtherWayRound() {
        CompletableFuture<Void> door = new CompletableFuture<>();
        door.thenRun(() -> log("first"));
        door.thenRun(() -> log("second"));
        door.thenRun(() -> log("third"));
        door.complete(null);

        assertThat(printed).as("the JDK's future runs its dependents inside complete(), last registered first: "
                + "why lesson 04 needs a promise of its own").containsExactly("third", "second", "first");
    }

    @Test
    void thenOnASettledPromiseRunsAsAMicrotaskNeverAtOnce() {
        run(loop -> {
            Promise.resolve("value").then(v -> log("then got " + v));
            log("script done");
        });

        assertThat(printed).containsExactly("script done", "then got value");
    }

    @Test
    void aRejectionPassingAThenWithoutHandlerCostsOneHop() {
        run(loop -> {
            Promise.reject(new IllegalStateException("no luck"))
                    .then(v -> log("never"))
                    .catchError(error -> log("caught: " + error.getMessage()));
            Promise.resolve().then(v -> log("tick 1")).then(v -> log("tick 2"));
        });

        assertThat(printed).containsExactly("tick 1", "caught: no luck", "tick 2");
    }

    @Test
    void aPromiseReturnedByAThenIsAdoptedTwoHopsLater() {
        run(loop -> {
            Promise.resolve().thenAdopt(v -> Promise.resolve("inner")).then(v -> log("adopted " + v));
            Promise.resolve().then(v -> log("tick 1")).then(v -> log("tick 2")).then(v -> log("tick 3"))
                    .then(v -> log("tick 4"));
        });

        assertThat(printed).containsExactly("tick 1", "tick 2", "tick 3", "adopted inner", "tick 4");
    }

    @Test
    void finallyRunsEitherWayAndPassesTheOutcomeOnLater() {
        run(loop -> {
            Promise.resolve("value").finallyDo(() -> log("finally runs")).then(v -> log("after finally: " + v));
            Promise.reject(new IllegalStateException("disk full")).finallyDo(() -> log("cleanup"))
                    .catchError(error -> log("caught after cleanup: " + error.getMessage()));
            Promise.resolve().then(v -> log("tick 1")).then(v -> log("tick 2")).then(v -> log("tick 3"))
                    .then(v -> log("tick 4"));
        });

        assertThat(printed).containsExactly("finally runs", "cleanup", "tick 1", "tick 2", "tick 3",
                "after finally: value", "caught after cleanup: disk full", "tick 4");
    }

    @Test
    void allGivesTheValuesInInputOrderOneHopAfterTheLastInput() {
        run(loop -> {
            Promise<String> slow = later(loop, 30, "slow");
            Promise<String> fast = later(loop, 10, "fast");
            Promise.all(slow, fast).then(values -> log("all: " + values));
            slow.then(v -> log("slow arrived")).then(v -> log("one hop after slow"));
        });

        assertThat(printed).containsExactly("slow arrived", "all: [slow, fast]", "one hop after slow");
    }

    @Test
    void allRejectsWithTheFirstRejectionAndAllSettledReportsEveryOutcome() {
        run(loop -> {
            Promise.all(later(loop, 10, "a"), Promise.<String>reject(new IllegalStateException("broken")))
                    .catchError(error -> {
                        log("all rejected: " + error.getMessage());
                        return null;
                    });
            Promise.allSettled(later(loop, 20, "late"), Promise.<String>reject(new IllegalStateException("early")))
                    .then(outcomes -> log("allSettled: " + outcomes));
        });

        assertThat(printed).containsExactly("all rejected: broken",
                "allSettled: [{ status: 'fulfilled', value: late }, { status: 'rejected', reason: early }]");
    }

    @Test
    void raceTakesTheFirstToSettleAndAnyTheFirstValue() {
        run(loop -> {
            Promise.race(later(loop, 20, "tortoise"), later(loop, 10, "hare")).then(v -> log("race: " + v));
            Promise.any(Promise.<String>reject(new IllegalStateException("down")), later(loop, 15, "mirror"))
                    .then(v -> log("any: " + v));
            Promise.any(Promise.<String>reject(new IllegalStateException("a")), Promise.<String>reject(new IllegalStateException("b")))
                    .catchError(error -> {
                        log(error.getMessage() + ": " + ((AggregateError) error).errors().stream().map(Throwable::getMessage).toList());
                        return null;
                    });
        });

        assertThat(printed).containsExactly("All promises were rejected: [a, b]", "race: hare", "any: mirror");
    }

    @Test
    void anUnhandledRejectionFailsTheRunNamingThePromiseBeforeAnyLaterTimer() {
        assertThatThrownBy(() -> run(loop -> {
            loop.setTimeout(Duration.ZERO, () -> log("timer"));
            Promise.reject(new IllegalStateException("nobody listens")).named("sendMail");
            Promise.resolve().then(v -> log("microtask still runs"));
        }))
                .isInstanceOf(UnhandledRejection.class)
                .hasMessageContaining("sendMail").hasMessageContaining("nobody listens")
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(printed).containsExactly("microtask still runs");
    }

    @Test
    void aRejectionHandledInALaterMicrotaskOfTheSameTurnIsNotReported() {
        run(loop -> {
            Promise<Void> failed = Promise.reject(new IllegalStateException("mail server down"));
            Promise.resolve().then(v -> log("something else first"))
                    .then(v -> failed.catchError(error -> log("caught: " + error.getMessage())));
        });

        assertThat(printed).containsExactly("something else first", "caught: mail server down");
    }

    @Test
    void theExecutorRunsAtOnceAndAPromiseSettlesOnlyOnce() {
        run(loop -> {
            Promise<String> p = new Promise<>((resolve, reject) -> {
                log("executor runs");
                resolve.resolve("first");
                resolve.resolve("second");
                reject.reject(new IllegalStateException("too late"));
            });
            p.then(v -> log("then got " + v));
            new Promise<Void>((resolve, reject) -> {
                throw new IllegalStateException("executor threw");
            }).catchError(error -> log("rejected: " + error.getMessage()));
            log("script done");
        });

        assertThat(printed).containsExactly("executor runs", "script done", "then got first", "rejected: executor threw");
    }

    @Test
    void aPromiseResolvedWithItselfRejectsInsteadOfWaitingForever() {
        run(loop -> {
            Promise.WithResolvers<Object> self = Promise.withResolvers();
            self.resolve().resolve(self.promise());
            self.promise().catchError(error -> log(error.getMessage()));
        });

        assertThat(printed).singleElement().asString().startsWith("Chaining cycle detected for promise #");
    }

    @Test
    void aPromiseIsUsedOnlyOnItsLoopsThread() throws Exception {
        Promise<?>[] made = new Promise<?>[1];
        run(loop -> made[0] = Promise.resolve("here"));
        Thread other = Thread.ofPlatform().start(() -> {
            try {
                made[0].then(v -> v);
            } catch (IllegalStateException expected) {
                log(expected.getMessage());
            }
        });
        other.join(Duration.ofSeconds(10));

        assertThat(printed).singleElement().asString().contains("belong to the one thread that runs it");
        assertThatThrownBy(() -> Promise.resolve(1)).hasMessageContaining("needs a promise loop on this thread");
    }

    private static Promise<String> later(PromiseLoop loop, int ms, String value) {
        return new Promise<>((resolve, reject) -> loop.setTimeout(Duration.ofMillis(ms), () -> resolve.resolve(value)));
    }
}
