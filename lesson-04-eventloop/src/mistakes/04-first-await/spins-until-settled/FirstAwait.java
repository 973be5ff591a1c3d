// Mistake: replaces the latch with a busy loop that asks the promise until it is settled.
// Rejected with: "blocked the loop thread"
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
        while (promise.isPending()) {
            Thread.onSpinWait(); // until the timer fires... on this very thread
        }
        if (promise.isRejected()) {
            throw new IllegalStateException(promise.reason());
        }
        return promise.value();
    }
    // end::await[]
}
