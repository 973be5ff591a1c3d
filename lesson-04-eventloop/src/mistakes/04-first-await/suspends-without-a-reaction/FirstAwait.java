// Mistake: suspends the coroutine but registers nothing on the promise to resume it.
// Rejected with: "never resumed"
package workbook.eventloop.coroutine;

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
        self.suspend(); // back to the loop
        return promise.isFulfilled() ? promise.value() : null;
    }
    // end::await[]
}
