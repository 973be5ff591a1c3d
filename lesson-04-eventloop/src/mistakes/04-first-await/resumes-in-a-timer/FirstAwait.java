// Mistake: resumes the coroutine from a 0 ms timer set when the promise settles, not from the reaction itself.
// Rejected with: "resumed after a timer"
package workbook.eventloop.coroutine;

import java.time.Duration;
import workbook.eventloop.promise.PromiseLoop;
import workbook.eventloop.promise.Promise;

/**
 * The heart of step 5, written first: {@code await}, which must give the loop thread back until
 * the promise settles.
 *
 * <p>ATTEMPT: the coroutine registers a reaction on the promise and suspends; the loop thread
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
        PromiseLoop loop = PromiseLoop.current("await");
        promise.whenSettled(value -> {
            self.awaitedValue = value;
            loop.setTimeout(Duration.ZERO, self::run); // resume on the loop's next turn
        }, reason -> {
            self.awaitedReason = reason;
            loop.setTimeout(Duration.ZERO, self::run);
        });
        self.suspend();
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
