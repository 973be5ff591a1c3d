package workbook.eventloop.coroutine;

import java.util.concurrent.Callable;
import workbook.eventloop.promise.Promise;
import workbook.eventloop.trace.Recorder;

/**
 * Step 5: async functions as coroutines, functions that suspend at {@code await} and resume later.
 *
 * <p>{@link #async} runs the body at once, on the loop thread, up to its first {@link #await}.
 * There the coroutine suspends: its stack is kept aside (a {@link Suspendable}, the JDK's
 * continuation) and {@code async} returns a pending promise to its caller, as JavaScript does.
 * When the awaited promise settles, a reaction job (a microtask) resumes the stack where it
 * stopped; a rejection is thrown at the {@code await}. One thread runs everything: nothing runs
 * beside a coroutine, and it gives the thread up only where it says {@code await}.
 *
 * <p>Write {@code import static workbook.eventloop.coroutine.Coroutine.*;} and the code reads like
 * the talk's JavaScript: {@code async(() -> { log("Hello"); await(sleep(1)); log("World"); })}.
 */
public final class Coroutine {

    private Coroutine() {
    }

    /** {@code async () => { ... }}: a promise fulfilled (with null) when the body ends, rejected if it throws. */
    public static Promise<Void> async(AsyncFunction body) {
        return async(() -> {
            body.run();
            return null;
        });
    }

    // tag::async[]
    /** {@code async () => { ...; return value; }}: a promise of what the body returns (a promise is adopted). */
    public static <T> Promise<T> async(Callable<T> body) {
        Promise.WithResolvers<T> result = Promise.withResolvers();
        Suspendable coroutine = start(() -> {
            try {
                result.resolve().resolve(body.call()); // a returned promise is adopted: two more hops
            } catch (Throwable thrown) {
                result.reject().reject(thrown);
            }
        });
        coroutine.resume(); // now, on this thread, up to the first await (or to the end)
        return result.promise().named("async function");
    }
    // end::async[]

    /**
     * {@code async () => { ...; return promise; }} with the adopted type: the body returns a
     * promise, and the async function's promise follows it (two hops of adoption).
     */
    @SuppressWarnings("unchecked")
    public static <T> Promise<T> asyncAdopt(Callable<? extends Promise<? extends T>> body) {
        return (Promise<T>) async(body);
    }

    // tag::await[]
    /**
     * {@code await promise}: suspends this async function until {@code promise} settles (always at
     * least one microtask, even for a settled promise), then returns its value or throws its reason.
     */
    public static <T> T await(Promise<T> promise) {
        Suspendable self = Suspendable.current();
        if (self == null) {
            throw new IllegalStateException("await is only valid in async functions: this code does not run inside "
                    + "async(() -> ...), so there is no coroutine to suspend (and blocking the loop thread instead "
                    + "would stop everything); wrap the code that awaits in async(...)");
        }
        Object ticket = new Object(); // this await's: a reaction from an await that failed to suspend must not resume us
        self.waitingAt = ticket;
        promise.whenSettled(value -> resume(self, ticket, value, null), reason -> resume(self, ticket, null, reason));
        try {
            self.suspend(promise); // the loop thread goes back to the loop; we continue here when resumed
        } finally {
            self.waitingAt = null;
        }
        Throwable reason = self.awaitedReason;
        @SuppressWarnings("unchecked") T value = (T) self.awaitedValue;
        self.awaitedValue = null;
        self.awaitedReason = null;
        if (reason != null) {
            throw sneaky(reason); // thrown at the await, as JavaScript throws it
        }
        return value;
    }

    /** Runs inside the awaited promise's reaction job: a microtask. */
    private static void resume(Suspendable coroutine, Object ticket, Object value, Throwable reason) {
        if (coroutine.waitingAt != ticket) {
            return; // that await never suspended (it was pinned and threw): nobody waits for this outcome
        }
        coroutine.awaitedValue = value;
        coroutine.awaitedReason = reason;
        coroutine.resume();
    }
    // end::await[]

    /** True inside an async function, where {@link #await} may suspend. */
    public static boolean inAsyncFunction() {
        return Suspendable.current() != null;
    }

    private static Suspendable start(Runnable body) {
        try {
            Recorder trace = Recorder.installed();
            return new Suspendable(trace == null ? "async function" : trace.numbered("async function"), body);
        } catch (IllegalAccessError notExported) {
            throw new IllegalStateException("coroutines use the JDK's internal jdk.internal.vm.Continuation, which "
                    + "this JVM does not export: run it with --add-exports java.base/jdk.internal.vm=ALL-UNNAMED "
                    + "(the lesson's pom, its jbang headers and ./workbook pass it)", notExported);
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException sneaky(Throwable reason) throws E {
        throw (E) reason;
    }
}
