// Mistake: fulfills the taker's promise from a 0 ms timer, to be sure put() has finished first.
// Rejected with: "only after the next timer"
package workbook.eventloop.coroutine;

import java.util.ArrayDeque;
import java.util.Queue;
import java.time.Duration;
import workbook.eventloop.promise.Promise;
import workbook.eventloop.promise.PromiseLoop;

/**
 * A queue between async functions, like asyncio's {@code Queue}: {@link #take} waits, inside an
 * async function, until an item is there; {@link #put} hands one over.
 *
 * <p>ATTEMPT: a taker waits on a promise, and {@code put} fulfills it; the taker resumes in the
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
            return Coroutine.await(Promise.resolve(items.poll())); // here already, yet awaited: one hop
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
            PromiseLoop.current("put").setTimeout(Duration.ZERO, () -> taker.resolve(item)); // once put() is surely over
        }
    }
    // end::queue[]
}
