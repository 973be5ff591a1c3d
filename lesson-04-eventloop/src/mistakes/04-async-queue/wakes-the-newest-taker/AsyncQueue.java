// Mistake: keeps the waiting takers on a stack (push and poll at the same end), so put() wakes the newest one.
// Rejected with: "first come, first served"
package workbook.eventloop.coroutine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Queue;
import workbook.eventloop.promise.Promise;

/** A queue for async functions on the loop: {@code await queue.take()} waits for the next item. */
public final class AsyncQueue<T> {

    private final Queue<T> items = new ArrayDeque<>();
    private final Deque<Promise.Resolve<T>> takers = new ArrayDeque<>();

    /** {@code await queue.take()}: the next item, waiting (inside an async function) until there is one. */
    public T take() {
        if (!items.isEmpty()) {
            return Coroutine.await(Promise.resolve(items.poll())); // here already, yet awaited: one hop
        }
        Promise.WithResolvers<T> next = Promise.withResolvers();
        takers.push(next.resolve());
        return Coroutine.await(next.promise());
    }

    /** {@code queue.put(item)}: wakes the longest-waiting taker with it, or keeps it for the next take. */
    public void put(T item) {
        Promise.Resolve<T> taker = takers.pollFirst(); // the one that came last is on top
        if (taker == null) {
            items.add(item);
        } else {
            taker.resolve(item); // the taker resumes in a microtask, after we have gone on
        }
    }
}
