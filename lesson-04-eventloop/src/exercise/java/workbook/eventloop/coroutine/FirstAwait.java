package workbook.eventloop.coroutine;

import java.util.concurrent.CountDownLatch;
import workbook.eventloop.promise.Promise;

/**
 * The heart of step 5, written first: {@code await}, which must give the loop thread back until
 * the promise settles.
 *
 * <p>EXERCISE: this first attempt waits the way lesson 02 taught a thread to wait for another:
 * it blocks. On a loop, the thread it blocks is the only one that could ever settle the promise.
 * Run {@code ./workbook run 04-first-await} and read what {@code FirstAwaitTest} saw.
 */
public final class FirstAwait {

    private FirstAwait() {
    }

    // tag::await[]
    /** {@code await promise} inside {@code async(() -> ...)}: its value, or its reason thrown. */
    public static <T> T await(Promise<T> promise) {
        // TODO: do not block. Suspendable.current() is the coroutine running this code (null
        //  outside an async function); suspend() gives the loop thread back, and run() on it
        //  resumes the coroutine right there, from a reaction of the promise.
        CountDownLatch settled = new CountDownLatch(1);
        promise.whenSettled(value -> settled.countDown(), reason -> settled.countDown());
        try {
            settled.await(); // until the promise settles... on this very thread
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while blocking the loop thread in await", interrupted);
        }
        if (promise.isRejected()) {
            throw new IllegalStateException(promise.reason());
        }
        return promise.value();
    }
    // end::await[]
}
