package workbook.eventloop.coroutine;

import java.util.ArrayDeque;
import java.util.Queue;

/**
 * A queue between async functions, like asyncio's {@code Queue}: {@link #take} waits, inside an
 * async function, until an item is there; {@link #put} hands one over.
 *
 * <p>EXERCISE: this first attempt hands an item to a waiting taker by resuming its coroutine
 * directly, inside {@code put}, and gives an item that is already there without any wait. The
 * taker then overtakes code that JavaScript runs first. Run {@code ./workbook run 04-async-queue}
 * and read what {@code AsyncQueueTest} measured against Node's order.
 */
public final class AsyncQueue<T> {

    private final Queue<T> items = new ArrayDeque<>();
    private final Queue<Suspendable> takers = new ArrayDeque<>();

    // tag::queue[]
    /** {@code await queue.take()}: the next item, waiting (inside an async function) until there is one. */
    @SuppressWarnings("unchecked")
    public T take() {
        // TODO: in JavaScript, take() returns a promise and the taker awaits it, so it always resumes
        //  through the microtask queue, even when an item is already there. Promise.withResolvers()
        //  gives a promise and the function that fulfills it; Coroutine.await waits for a promise.
        if (!items.isEmpty()) {
            return items.poll();
        }
        Suspendable self = Suspendable.current();
        takers.add(self);
        self.suspend(); // until put() hands us an item
        return (T) self.awaitedValue;
    }

    /** {@code queue.put(item)}: wakes the longest-waiting taker with it, or keeps it for the next take. */
    public void put(T item) {
        Suspendable taker = takers.poll();
        if (taker == null) {
            items.add(item);
            return;
        }
        taker.awaitedValue = item;
        taker.run(); // the taker goes on right here, inside put()
    }
    // end::queue[]
}
