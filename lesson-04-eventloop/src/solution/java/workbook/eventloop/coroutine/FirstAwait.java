package workbook.eventloop.coroutine;

import workbook.eventloop.promise.Promise;

/**
 * The heart of step 5, written first: {@code await}, which must give the loop thread back until
 * the promise settles.
 *
 * <p>SOLUTION: the coroutine registers a reaction on the promise and suspends; the loop thread
 * goes back to the loop. When the promise settles, the reaction (a microtask) resumes the
 * coroutine, which picks up the outcome where it stopped. {@link Coroutine#await} is the same,
 * with the details (pinning, rethrowing the reason unchanged).
 */
public final class FirstAwait {

    private FirstAwait() {
    }

    // tag::await[]
    /** {@code await promise} inside {@code async(() -> ...)}: its value, or its reason thrown. */
    public static <T> T await(Promise<T> promise) {
        Suspendable self = Suspendable.current();
        if (self == null) {
            throw new IllegalStateException("await is only valid in async functions: wrap this code in async(...)");
        }
        promise.whenSettled(value -> {
            self.awaitedValue = value;
            self.run(); // resumes the coroutine, inside this reaction: a microtask
        }, reason -> {
            self.awaitedReason = reason;
            self.run();
        });
        self.suspend(); // back to the loop; we go on from here once resumed
        Throwable reason = self.awaitedReason;
        @SuppressWarnings("unchecked") T value = (T) self.awaitedValue;
        self.awaitedReason = null;
        self.awaitedValue = null;
        if (reason != null) {
            throw new IllegalStateException(reason);
        }
        return value;
    }
    // end::await[]
}
