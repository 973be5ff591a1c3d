package workbook.eventloop.asyncio;

import java.util.concurrent.Callable;
import workbook.eventloop.coroutine.Suspendable;

/**
 * {@code asyncio.Task}: a coroutine stepped through the loop's ready queue.
 *
 * <p>Creating a task does not run anything: it schedules the first {@link #step} with
 * {@code call_soon}, so the coroutine starts at the loop's next turn (JavaScript runs an async
 * function at once). Each step resumes the coroutine's stack (the same {@link Suspendable}
 * continuation as the JavaScript rulebook's) until it suspends on a pending future; that
 * future's done-callback, {@link #wakeup}, is itself a {@code call_soon} handle, which resumes the
 * stack with the result or throws the exception (a {@link CancelledError} after a cancel) at the
 * {@code await}. A bare yield ({@code sleep(0)}) schedules the next step at once: one turn.
 */
public final class Task<T> extends Future<T> {

    private final Coroutine<T> coroutine;
    private final String name;
    private Suspendable stack;
    private T returned;
    private Throwable raised;
    private boolean started;
    private boolean ended;
    Future<?> yielded; // what the coroutine suspended on; null for a bare yield
    Throwable throwIn; // what the next resumption raises at the await
    private Future<?> waitingOn; // _fut_waiter
    private boolean mustCancel;
    private int cancelsRequested;

    Task(AsyncioLoop loop, Coroutine<T> coroutine, String name) {
        super(loop);
        this.coroutine = coroutine;
        this.name = name;
        Callable<T> body = coroutine.take();
        this.stack = new Suspendable(name + " " + coroutine.name() + "()", () -> {
            try {
                returned = body.call();
            } catch (Throwable thrown) {
                raised = thrown;
            }
            ended = true;
        });
        loop.callSoon(name + " step", () -> step(null)); // not now: at the loop's next turn
    }

    public String name() {
        return name;
    }

    /** The coroutine object this task runs. */
    public Coroutine<T> coroutine() {
        return coroutine;
    }

    // tag::step[]
    /** tasks.py's {@code __step}: resume the coroutine once, then see how it stopped. */
    void step(Throwable exception) {
        if (done()) {
            throw new IllegalStateException("InvalidStateError: step(): already done: " + this);
        }
        if (mustCancel) {
            if (!(exception instanceof CancelledError)) {
                exception = new CancelledError();
            }
            mustCancel = false;
        }
        waitingOn = null;
        Task<?> outer = loop.enterTask(this);
        try {
            if (exception != null && !started) {
                raised = exception; // thrown into a coroutine that never started: its body never runs
                ended = true;
            } else {
                started = true;
                throwIn = exception;
                yielded = null;
                stack.resume(); // up to the next suspension, or to the end
            }
        } finally {
            loop.leaveTask(outer);
        }
        if (ended) {
            finish();
        } else if (yielded != null) {
            Future<?> blocking = yielded;
            yielded = null;
            blocking.addDoneCallback(this::wakeup); // a call_soon handle when it is done: no microtask
            waitingOn = blocking;
            if (mustCancel && blocking.cancel()) {
                mustCancel = false;
            }
        } else {
            loop.callSoon(name + " step", () -> step(null)); // a bare yield: exactly one turn
        }
    }

    /** tasks.py's {@code __wakeup}: the awaited future is done; resume with its outcome. */
    private void wakeup(Future<?> future) {
        try {
            future.result();
        } catch (Throwable failed) {
            step(failed);
            return;
        }
        step(null);
    }
    // end::step[]

    private void finish() {
        stack = null; // the stack is gone; the coroutine is closed
        if (raised == null) {
            if (mustCancel) {
                mustCancel = false;
                super.cancel(); // cancelled right before it returned
            } else {
                setResult(returned);
            }
        } else if (raised instanceof CancelledError) {
            super.cancel();
        } else {
            setException(raised);
        }
    }

    // tag::cancel[]
    /**
     * {@code task.cancel()}: cancels the future it waits on (whose callback then throws
     * {@link CancelledError} in at the {@code await}), or, if it waits on nothing, throws it in at
     * the next step. False if the task is already done.
     */
    @Override
    public boolean cancel() {
        markRetrieved();
        if (done()) {
            return false;
        }
        cancelsRequested++;
        if (waitingOn != null && waitingOn.cancel()) {
            return true;
        }
        mustCancel = true;
        return true;
    }
    // end::cancel[]

    @Override
    void settled() {
        loop.taskDone(this);
    }

    /** How many cancellations are pending ({@code Task.cancelling}, 3.11). */
    public int cancelling() {
        return cancelsRequested;
    }

    /** Takes one pending cancellation back ({@code Task.uncancel}, 3.11); returns how many remain. */
    public int uncancel() {
        if (cancelsRequested > 0) {
            cancelsRequested--;
        }
        return cancelsRequested;
    }

    @Override
    public String toString() {
        String state = !done() ? "pending" : cancelled() ? "cancelled" : "finished";
        Throwable failure = done() && !cancelled() ? exceptionUnread() : null;
        return "<Task " + state + " name='" + name + "' coro=<" + coroutine.name() + "()>"
                + (failure == null ? "" : " exception=" + failure) + ">"; // CPython's repr, without the source line
    }
}
