package workbook.eventloop.promise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Step 4: a JavaScript promise on the loop, to the letter of ECMAScript (section 27.2).
 *
 * <p>A promise is pending, then fulfilled with a value or rejected with a reason, once. Its
 * reactions ({@link #then}, {@link #catchError}, {@link #finallyDo}, an {@code await}) never run
 * inside the code that registers or settles: each one is a job on the loop's microtask queue, and
 * they are queued in the order they were registered. Resolving a promise with another promise (or
 * any {@link Thenable}) adopts it through one extra job; that is why returning a promise from a
 * {@code then} callback or an async function costs two hops more than returning a value.
 *
 * <p>Where this differs from {@link java.util.concurrent.CompletableFuture}: a future runs its
 * dependents synchronously, inside {@code complete} or inside {@code thenApply} when it is already
 * done, last registered first; a rejection skips {@code thenApply} stages without a hop; and
 * nobody hears about a failure that nothing handled. The book shows each difference with a run.
 *
 * <p>A promise belongs to the {@link PromiseLoop} running on the thread that made it; every call
 * must come from that thread, as in JavaScript, where there is only one.
 */
public final class Promise<T> {

    private enum State { PENDING, FULFILLED, REJECTED }

    /** One registered reaction: both handlers, and the promise they settle (null for an await). */
    private record Reaction(Promise<Object> derived,
                            Function<Object, Object> onFulfilled,
                            Function<Throwable, Object> onRejected) {
    }

    /** JavaScript's executor: {@code new Promise((resolve, reject) => ...)}. */
    @FunctionalInterface
    public interface Executor<T> {
        void start(Resolve<T> resolve, Reject reject) throws Exception;
    }

    /** What {@link #withResolvers()} gives: a pending promise and the two functions that settle it. */
    public record WithResolvers<T>(Promise<T> promise, Resolve<T> resolve, Reject reject) {
    }

    private final PromiseLoop loop;
    private final long id;
    private String name;
    private State state = State.PENDING;
    private Object result; // the value, or the Throwable reason
    private List<Reaction> reactions = new ArrayList<>(2);
    private boolean handled; // the spec's [[PromiseIsHandled]]: someone registered a reaction

    private Promise(String origin) {
        this.loop = PromiseLoop.current(origin);
        this.id = loop.nextPromiseId();
        this.name = origin;
    }

    /** {@code new Promise(executor)}: runs {@code executor} now; if it throws, the promise rejects. */
    public Promise(Executor<T> executor) {
        this("new Promise");
        Resolving resolving = new Resolving();
        try {
            executor.start(new Resolve<>(resolving), new Reject(resolving));
        } catch (Exception | Error thrown) {
            resolving.reject(thrown);
        }
    }

    static <T> Promise<T> pending(String origin) {
        return new Promise<>(origin);
    }

    /** {@code Promise.withResolvers()} (ES2024): a pending promise, settled from outside. */
    public static <T> WithResolvers<T> withResolvers() {
        Promise<T> promise = new Promise<>("Promise.withResolvers");
        Promise<T>.Resolving resolving = promise.new Resolving();
        return new WithResolvers<>(promise, new Resolve<>(resolving), new Reject(resolving));
    }

    // ---------------------------------------------------------------- the spec's abstract operations

    /** CreateResolvingFunctions: a resolve and a reject that together settle the promise at most once. */
    final class Resolving {
        private boolean alreadyResolved;

        void resolve(Object resolution) {
            if (alreadyResolved) {
                return;
            }
            alreadyResolved = true;
            resolveUnchecked(resolution);
        }

        void reject(Throwable reason) {
            if (alreadyResolved) {
                return;
            }
            alreadyResolved = true;
            rejectPromise(reason);
        }
    }

    // tag::resolve[]
    /** The promise resolve function's steps: a thenable is adopted one job later, anything else fulfills now. */
    private void resolveUnchecked(Object resolution) {
        if (resolution == this) {
            rejectPromise(new IllegalStateException("Chaining cycle detected for " + this));
        } else if (resolution instanceof Promise<?> promise) {
            // NewPromiseResolveThenableJob: even a settled promise is followed through a job, and
            // its then() queues one more: adoption costs two hops.
            loop.enqueueJob(() -> {
                Resolving fresh = new Resolving();
                promise.performThen(value -> {
                    fresh.resolve(value);
                    return null;
                }, reason -> {
                    fresh.reject(reason);
                    return null;
                }, null);
            });
        } else if (resolution instanceof Thenable<?> thenable) {
            loop.enqueueJob(() -> {
                Resolving fresh = new Resolving();
                try {
                    thenable.then(fresh::resolve, fresh::reject);
                } catch (RuntimeException | Error thrown) {
                    fresh.reject(thrown);
                }
            });
        } else {
            fulfill(resolution);
        }
    }
    // end::resolve[]

    // tag::settle[]
    private void fulfill(Object value) {
        settle(State.FULFILLED, value);
    }

    private void rejectPromise(Throwable reason) {
        Objects.requireNonNull(reason, "a promise is rejected with a reason");
        if (!handled) {
            loop.rejectionUnhandled(this); // HostPromiseRejectionTracker(promise, "reject")
        }
        settle(State.REJECTED, reason);
    }

    /** TriggerPromiseReactions: every reaction becomes a job, in registration order. */
    private void settle(State outcome, Object value) {
        List<Reaction> waiting = reactions;
        state = outcome;
        result = value;
        reactions = null;
        for (Reaction reaction : waiting) {
            loop.enqueueJob(() -> runReaction(reaction, outcome, value));
        }
    }
    // end::settle[]

    // tag::then[]
    /** PerformPromiseThen: a reaction waits if the promise is pending, else becomes a job at once. */
    @SuppressWarnings("unchecked")
    void performThen(Function<Object, Object> onFulfilled, Function<Throwable, Object> onRejected, Promise<?> derived) {
        loop.checkThread("then");
        Reaction reaction = new Reaction((Promise<Object>) derived, onFulfilled, onRejected);
        switch (state) {
            case PENDING -> reactions.add(reaction);
            case FULFILLED -> {
                Object value = result;
                loop.enqueueJob(() -> runReaction(reaction, State.FULFILLED, value));
            }
            case REJECTED -> {
                if (!handled) {
                    loop.rejectionHandled(this); // HostPromiseRejectionTracker(promise, "handle")
                }
                Object reason = result;
                loop.enqueueJob(() -> runReaction(reaction, State.REJECTED, reason));
            }
        }
        handled = true;
    }

    /** PromiseReactionJob: run the handler, settle the derived promise with what it returned or threw. */
    private static void runReaction(Reaction reaction, State outcome, Object argument) {
        Function<?, Object> handler = outcome == State.FULFILLED ? reaction.onFulfilled : reaction.onRejected;
        Promise<Object> derived = reaction.derived;
        if (handler == null) { // no handler for this outcome: pass it on unchanged
            if (outcome == State.FULFILLED) {
                derived.resolveUnchecked(argument);
            } else {
                derived.rejectPromise((Throwable) argument);
            }
            return;
        }
        Object returned;
        try {
            returned = outcome == State.FULFILLED
                    ? reaction.onFulfilled.apply(argument)
                    : reaction.onRejected.apply((Throwable) argument);
        } catch (RuntimeException | Error thrown) {
            if (derived == null) {
                throw thrown; // an await's own handler failed: nothing to reject, so it is the loop's problem
            }
            derived.rejectPromise(thrown);
            return;
        }
        if (derived != null) {
            derived.resolveUnchecked(returned);
        }
    }
    // end::then[]

    // ---------------------------------------------------------------- Promise.prototype

    /**
     * {@code promise.then(onFulfilled)}: a new promise of what {@code onFulfilled} returns; a
     * rejection passes through (one hop later, like any reaction). A returned promise is adopted.
     */
    public <R> Promise<R> then(Function<? super T, ? extends R> onFulfilled) {
        return then(onFulfilled, null);
    }

    /** {@code promise.then(onFulfilled, onRejected)}: either handler may be null, as in JavaScript. */
    @SuppressWarnings("unchecked")
    public <R> Promise<R> then(Function<? super T, ? extends R> onFulfilled,
                               Function<? super Throwable, ? extends R> onRejected) {
        loop.checkThread("then");
        Promise<R> derived = new Promise<>("then");
        performThen((Function<Object, Object>) onFulfilled, (Function<Throwable, Object>) onRejected, derived);
        return derived;
    }

    /**
     * {@code promise.then(v => otherPromise)} with the adopted type: the callback returns a promise,
     * and the result follows it (two hops of adoption, as in JavaScript).
     */
    @SuppressWarnings("unchecked")
    public <R> Promise<R> thenAdopt(Function<? super T, ? extends Promise<? extends R>> onFulfilled) {
        return (Promise<R>) then(onFulfilled);
    }

    /** {@code promise.catch(onRejected)}: {@code then(undefined, onRejected)}; a value passes through. */
    public Promise<T> catchError(Function<? super Throwable, ? extends T> onRejected) {
        return then(null, onRejected);
    }

    /**
     * {@code promise.finally(onFinally)}: runs {@code onFinally} either way, then passes the value
     * or the reason on. It costs more hops than {@code then}: the spec resolves a fresh promise
     * and chains a {@code then} to it before passing the outcome through.
     */
    public Promise<T> finallyDo(Runnable onFinally) {
        Promise<T> derived = new Promise<>("finally");
        performThen(value -> {
            onFinally.run();
            return Promise.resolve((Object) null).then(ignored -> value); // a promise: the derived one adopts it
        }, reason -> {
            onFinally.run();
            return Promise.resolve((Object) null).then(ignored -> {
                throw sneaky(reason);
            });
        }, derived);
        return derived;
    }

    // ---------------------------------------------------------------- Promise constructor functions

    /** {@code Promise.resolve()}: a promise fulfilled with nothing (JavaScript's undefined). */
    public static Promise<Void> resolve() {
        return resolve((Void) null);
    }

    /** {@code Promise.resolve(value)}: a fulfilled promise (a thenable is adopted). */
    public static <T> Promise<T> resolve(T value) {
        Promise<T> promise = new Promise<>("Promise.resolve");
        promise.new Resolving().resolve(value);
        return promise;
    }

    /** {@code Promise.resolve(promise)}: the very same promise, no new one and no hop. */
    public static <T> Promise<T> resolve(Promise<T> promise) {
        return promise;
    }

    /** {@code Promise.resolve(thenable)}: a promise that follows the thenable, one job later. */
    @SuppressWarnings("unchecked")
    public static <T> Promise<T> resolve(Thenable<T> thenable) {
        return (Promise<T>) resolve((Object) thenable);
    }

    /** {@code Promise.reject(reason)}: a rejected promise; unhandled, it will fail the loop. */
    public static <T> Promise<T> reject(Throwable reason) {
        Promise<T> promise = new Promise<>("Promise.reject");
        promise.rejectPromise(reason);
        return promise;
    }

    // tag::all[]
    /**
     * {@code Promise.all}: the values in input order, one hop after the last input fulfills (its
     * reaction does the counting); the first rejection rejects it.
     */
    @SafeVarargs
    public static <T> Promise<List<T>> all(Promise<? extends T>... promises) {
        return all(Arrays.asList(promises));
    }

    public static <T> Promise<List<T>> all(List<? extends Promise<? extends T>> promises) {
        Promise<List<T>> all = new Promise<>("Promise.all");
        Promise<List<T>>.Resolving settle = all.new Resolving();
        Object[] values = new Object[promises.size()];
        int[] remaining = {1}; // the spec's remainingElementsCount starts at 1: an empty input fulfills now
        for (int i = 0; i < values.length; i++) {
            int index = i;
            remaining[0]++;
            promises.get(i).performThen(value -> {
                values[index] = value;
                if (--remaining[0] == 0) {
                    settle.resolve(listOf(values));
                }
                return null;
            }, reason -> {
                settle.reject(reason);
                return null;
            }, null); // the spec's then() makes a derived promise nobody sees: no hop, no need
        }
        if (--remaining[0] == 0) {
            settle.resolve(listOf(values));
        }
        return all;
    }
    // end::all[]

    /** {@code Promise.allSettled}: every outcome in input order, one hop after the last input settles. */
    @SafeVarargs
    public static <T> Promise<List<Settled<T>>> allSettled(Promise<? extends T>... promises) {
        return allSettled(Arrays.asList(promises));
    }

    public static <T> Promise<List<Settled<T>>> allSettled(List<? extends Promise<? extends T>> promises) {
        Promise<List<Settled<T>>> all = new Promise<>("Promise.allSettled");
        Promise<List<Settled<T>>>.Resolving settle = all.new Resolving();
        Object[] outcomes = new Object[promises.size()];
        int[] remaining = {1};
        for (int i = 0; i < outcomes.length; i++) {
            int index = i;
            remaining[0]++;
            boolean[] called = {false};
            promises.get(i).performThen(value -> {
                if (!called[0]) {
                    called[0] = true;
                    outcomes[index] = Settled.fulfilled(value);
                    if (--remaining[0] == 0) {
                        settle.resolve(listOf(outcomes));
                    }
                }
                return null;
            }, reason -> {
                if (!called[0]) {
                    called[0] = true;
                    outcomes[index] = Settled.rejected(reason);
                    if (--remaining[0] == 0) {
                        settle.resolve(listOf(outcomes));
                    }
                }
                return null;
            }, null); // the spec's then() makes a derived promise nobody sees: no hop, no need
        }
        if (--remaining[0] == 0) {
            settle.resolve(listOf(outcomes));
        }
        return all;
    }

    /** {@code Promise.race}: settles like the first input to settle, one hop after it. */
    @SafeVarargs
    public static <T> Promise<T> race(Promise<? extends T>... promises) {
        return race(Arrays.asList(promises));
    }

    public static <T> Promise<T> race(List<? extends Promise<? extends T>> promises) {
        Promise<T> race = new Promise<>("Promise.race");
        Promise<T>.Resolving settle = race.new Resolving();
        for (Promise<? extends T> promise : promises) {
            promise.performThen(value -> {
                settle.resolve(value);
                return null;
            }, reason -> {
                settle.reject(reason);
                return null;
            }, null); // the spec's then() makes a derived promise nobody sees: no hop, no need
        }
        return race;
    }

    /**
     * {@code Promise.any}: the first value to arrive; if every input rejects, an
     * {@link AggregateError} with the reasons in input order.
     */
    @SafeVarargs
    public static <T> Promise<T> any(Promise<? extends T>... promises) {
        return any(Arrays.asList(promises));
    }

    public static <T> Promise<T> any(List<? extends Promise<? extends T>> promises) {
        Promise<T> any = new Promise<>("Promise.any");
        Promise<T>.Resolving settle = any.new Resolving();
        Throwable[] errors = new Throwable[promises.size()];
        int[] remaining = {1};
        for (int i = 0; i < errors.length; i++) {
            int index = i;
            remaining[0]++;
            promises.get(i).performThen(value -> {
                settle.resolve(value);
                return null;
            }, reason -> {
                errors[index] = reason;
                if (--remaining[0] == 0) {
                    settle.reject(new AggregateError(Arrays.asList(errors)));
                }
                return null;
            }, null); // the spec's then() makes a derived promise nobody sees: no hop, no need
        }
        if (--remaining[0] == 0) {
            settle.reject(new AggregateError(Arrays.asList(errors)));
        }
        return any;
    }

    // ---------------------------------------------------------------- looking at a promise

    public boolean isPending() {
        return state == State.PENDING;
    }

    public boolean isFulfilled() {
        return state == State.FULFILLED;
    }

    public boolean isRejected() {
        return state == State.REJECTED;
    }

    /** The value of a fulfilled promise. */
    @SuppressWarnings("unchecked")
    public T value() {
        if (state != State.FULFILLED) {
            throw new IllegalStateException(this + " is " + state.name().toLowerCase() + ", not fulfilled");
        }
        return (T) result;
    }

    /** The reason of a rejected promise. */
    public Throwable reason() {
        if (state != State.REJECTED) {
            throw new IllegalStateException(this + " is " + state.name().toLowerCase() + ", not rejected");
        }
        return (Throwable) result;
    }

    /** Gives the promise a name for messages (an unhandled rejection names it). */
    public Promise<T> named(String name) {
        this.name = name;
        return this;
    }

    /** Registers the two handlers of an {@code await}: no derived promise, as in the spec's Await. */
    @SuppressWarnings("unchecked")
    public void whenSettled(java.util.function.Consumer<? super T> onFulfilled,
                            java.util.function.Consumer<? super Throwable> onRejected) {
        performThen(value -> {
            onFulfilled.accept((T) value);
            return null;
        }, reason -> {
            onRejected.accept(reason);
            return null;
        }, null);
    }

    @Override
    public String toString() {
        return "promise #" + id + " (" + name + ")";
    }

    @SuppressWarnings("unchecked")
    private static <E> List<E> listOf(Object[] values) {
        return (List<E>) Arrays.asList(values.clone()); // nulls allowed, as undefined is in JavaScript
    }

    @SuppressWarnings("unchecked")
    static <E extends Throwable> RuntimeException sneaky(Throwable reason) throws E {
        throw (E) reason; // rethrows a checked reason unchanged: the promise rejects with it as it was
    }

    // ---------------------------------------------------------------- the functions an executor gets

    /** The resolve function: a value fulfills, a promise or thenable is adopted. */
    public static final class Resolve<T> {
        private final Promise<?>.Resolving resolving;

        private Resolve(Promise<?>.Resolving resolving) {
            this.resolving = resolving;
        }

        public void resolve(T value) {
            resolving.resolve(value);
        }

        public void resolve(Promise<? extends T> promise) {
            resolving.resolve(promise);
        }

        public void resolve(Thenable<? extends T> thenable) {
            resolving.resolve(thenable);
        }
    }

    /** The reject function. */
    public static final class Reject {
        private final Promise<?>.Resolving resolving;

        private Reject(Promise<?>.Resolving resolving) {
            this.resolving = resolving;
        }

        public void reject(Throwable reason) {
            resolving.reject(reason);
        }
    }
}
