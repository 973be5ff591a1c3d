// Mistake: hands an item that is already there to the taker through a 0 ms timer instead of awaiting a fulfilled promise.
// Rejected with: "after a timer set before it"
package workbook.eventloop.coroutine;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;
import workbook.eventloop.promise.Promise;
import workbook.eventloop.promise.PromiseLoop;

/**
 * A queue between async functions, like asyncio's {@code Queue}: {@link #take} waits, inside an
 * async function, until an item is there; {@link #put} hands one over.
 *
 * <p>SOLUTION: a taker waits on a promise, and {@code put} fulfills it; the taker resumes in the
 * promise's reaction, a microtask, after the code that called {@code put} has gone on. An item
 * already there is awaited too (a fulfilled promise): one hop, as in JavaScript.
 */
public final class AsyncQueue<T> {

    private final Queue<T> items = new ArrayDeque<>();
    private final Queue<Promise.Resolve<T>> takers = new ArrayDeque<>();

    // tag::queue[]
    /** {@code await queue.take()}: the next item, waiting (inside an async function) until there is one. */
    public T take() {
        if (!items.isEmpty()) {
            Promise.WithResolvers<T> here = Promise.withResolvers();
            T item = items.poll();
            PromiseLoop.current("take").setTimeout(Duration.ZERO, () -> here.resolve().resolve(item)); // awaited later
            return Coroutine.await(here.promise());
        }
        Promise.WithResolvers<T> next = Promise.withResolvers();
        takers.add(next.resolve());
        return Coroutine.await(next.promise());
    }

    /** {@code queue.put(item)}: wakes the longest-waiting taker with it, or keeps it for the next take. */
    public void put(T item) {
        Promise.Resolve<T> taker = takers.poll();
        if (taker == null) {
            items.add(item);
        } else {
            taker.resolve(item); // the taker resumes in a microtask, after we have gone on
        }
    }
    // end::queue[]
}
