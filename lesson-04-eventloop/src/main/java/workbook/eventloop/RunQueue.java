package workbook.eventloop;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.function.Consumer;

/**
 * Step 1 of the loop: a queue of callbacks and one thread that runs them, oldest first.
 *
 * <p>That is all an event loop is at heart. A callback runs to its end, the loop takes the next
 * one, and when the queue is empty the program is over. Callbacks may queue more callbacks; that
 * is how one piece of work "waits" for another without a second thread. What this step cannot do
 * is wait for time to pass: {@link EventLoop} adds timers (step 2) and microtasks (step 3).
 */
public final class RunQueue {

    private final Queue<Runnable> ready = new ArrayDeque<>();
    private final Thread thread = Thread.currentThread();

    private RunQueue() {
    }

    // tag::run[]
    /** Runs {@code main}, then every callback it queues, until none is left (like {@code asyncio.run}). */
    public static void run(Consumer<RunQueue> main) {
        RunQueue queue = new RunQueue();
        queue.submit(() -> main.accept(queue));
        Runnable next;
        while ((next = queue.ready.poll()) != null) {
            next.run(); // one at a time, each to its end: nothing runs beside it
        }
    }

    /** Queues a callback to run after every callback queued before it. */
    public void submit(Runnable callback) {
        if (Thread.currentThread() != thread) {
            throw new IllegalStateException("a run queue is single-threaded: submit from its own callbacks");
        }
        ready.add(callback);
    }
    // end::run[]
}
