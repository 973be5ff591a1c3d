// Mistake: sleeps on the condition until the deadline, right, but catches InterruptedException and waits on.
// Rejected with: "did not end: it went on waiting"
package workbook.eventloop;

import java.util.function.Consumer;
import workbook.kit.Clock;
import workbook.kit.VirtualClock;

/**
 * A single-threaded event loop, the engine under {@code asyncio.run} and under every JavaScript
 * runtime: one thread takes the next ready callback, runs it to its end, and goes on. Its queues,
 * timers and futures are in {@link AbstractEventLoop}; here is one turn of the loop, and its wait.

 */
public final class EventLoop extends AbstractEventLoop {

    private EventLoop(Clock clock) {
        super(clock);
    }

    /** Runs {@code main} on this thread, then everything it set in motion (the analogue of {@code asyncio.run}). */
    public static void run(Consumer<EventLoop> main) {
        run(Clock.system(), main);
    }

    /** The same, on any clock: on a {@link VirtualClock} every wait is a jump. */
    public static void run(Clock clock, Consumer<EventLoop> main) {
        start(new EventLoop(clock), main);
    }

    @Override
    void loop() {
        while (true) {
            runDueTimers();
            runReadyTasks();
            if (nothingLeft()) {
                return;
            }
            waitForWork();
        }
    }

    /** Fires every timer due now; timers set meanwhile wait for the next turn, even with delay 0. */
    private void runDueTimers() {
        long now = clock.nanos();
        long setBefore = timersSet.get();
        Timer timer;
        while ((timer = timers.peek()) != null && timer.deadline() <= now && timer.sequence() < setBefore) {
            timers.poll();
            runCallback(timer.name(), timer.callback());
            drainMicrotasks(); // after every callback, before the next timer: the JavaScript rule
        }
    }

    @Override
    void drainMicrotasks() {
        Runnable job;
        while ((job = microtasks.poll()) != null) {
            runCallback("microtask", job); // a microtask may queue more: they run now too
        }
    }

    /** Queues a job to run right after the current callback, before any other task or timer. */
    @Override
    public void queueMicrotask(Runnable job) {
        onLoopThread("queueMicrotask", () -> microtasks.add(job));
    }

    /** Sleeps until the next deadline, or until another thread hands the loop a task. */
    private void waitForWork() {
        lock.lock();
        try {
            while (ready.isEmpty()) {
                Timer next = timers.peek();
                if (next == null) {
                    if (pending.get() == 0) {
                        return; // nothing can come any more
                    }
                    awaitWork(Long.MAX_VALUE); // a future from elsewhere will post its completion
                } else {
                    long idle = clock.idleUntil(next.deadline());
                    if (idle <= 0) {
                        return;
                    }
                    awaitWork(idle); // wakes at the deadline, or early when execute() signals
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private void awaitWork(long nanos) {
        try {
            workArrived.awaitNanos(nanos);
        } catch (InterruptedException spurious) {
            // nothing to do: the while loop around us checks again and waits on
        }
    }
}
