// Mistake: drains the microtasks after every timer, but queueMicrotask itself sets a 0 ms timer, like setTimeout(f, 0).
// Rejected with: "a timer set before it"
package workbook.eventloop;

import java.time.Duration;
import java.util.function.Consumer;
import workbook.kit.Clock;
import workbook.kit.VirtualClock;

/**
 * A single-threaded event loop, the engine under {@code asyncio.run} and under every JavaScript
 * runtime: one thread takes the next ready callback, runs it to its end, and goes on. Its queues,
 * timers and futures are in {@link AbstractEventLoop}; here is one turn of the loop, and its wait.
 *
 * <p>EXERCISE (two of them, in this file): {@code ./workbook run 04-microtasks} checks when the
 * microtasks run; {@code ./workbook run 04-idle-loop} checks what the loop does while it waits for
 * the next deadline.
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
            drainMicrotasks();
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
        setTimeout("microtask", Duration.ZERO, job); // the next thing the loop does: a 0 ms timer
    }

    /** Sleeps until the next deadline, or until another thread hands the loop a task. */
    private void waitForWork() {
        // TODO: nothing to do for the next 30 s: what does this thread do with its core
        //  meanwhile? (./workbook run 04-idle-loop)
        while (readyCount() == 0) {
            Timer next = timers.peek();
            if (next == null) {
                if (pending.get() == 0) {
                    return; // nothing can come any more
                }
            } else if (clock.idleUntil(next.deadline()) <= 0) {
                return;
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("the event loop was interrupted while idle: " + describe());
            }
            Thread.onSpinWait(); // ...and ask again, at once
        }
    }
}
