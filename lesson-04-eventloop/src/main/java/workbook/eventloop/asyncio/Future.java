package workbook.eventloop.asyncio;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code asyncio.Future}: pending, then finished with a result or an exception, or cancelled.
 *
 * <p>The rule that sets it apart from a JavaScript promise is in {@link #scheduleCallbacks}:
 * its done-callbacks are not microtasks; each one is a plain {@code call_soon} handle at the end
 * of the loop's one FIFO ready queue, behind whatever was already waiting there.
 */
public sealed class Future<T> implements Awaitable<T> permits Task, Future.Gathering {

    private enum State { PENDING, FINISHED, CANCELLED }

    final AsyncioLoop loop;
    private State state = State.PENDING;
    private T result;
    private Throwable exception;
    private List<Consumer<? super Future<T>>> callbacks = new ArrayList<>();
    private boolean logTraceback; // an exception nobody has looked at yet
    boolean cancelRequested;

    Future(AsyncioLoop loop) {
        this.loop = loop;
    }

    public boolean done() {
        return state != State.PENDING;
    }

    public boolean cancelled() {
        return state == State.CANCELLED;
    }

    /** The result; throws the exception, or {@link CancelledError}; marks the exception as retrieved. */
    public T result() {
        if (state == State.CANCELLED) {
            throw new CancelledError();
        }
        if (state == State.PENDING) {
            throw new IllegalStateException("InvalidStateError: Result is not ready.");
        }
        markRetrieved();
        if (exception != null) {
            throw Asyncio.sneaky(exception);
        }
        return result;
    }

    /** The exception, or null; marks it as retrieved. */
    public Throwable exception() {
        if (state == State.CANCELLED) {
            throw new CancelledError();
        }
        if (state == State.PENDING) {
            throw new IllegalStateException("InvalidStateError: Exception is not set.");
        }
        markRetrieved();
        return exception;
    }

    public void setResult(T value) {
        checkPending("set_result");
        result = value;
        state = State.FINISHED;
        scheduleCallbacks();
    }

    public void setException(Throwable failure) {
        checkPending("set_exception");
        exception = failure;
        state = State.FINISHED;
        logTraceback = true;
        loop.unretrieved(this, true);
        scheduleCallbacks();
    }

    /** Cancels a pending future: its callbacks are scheduled; false if it was already done. */
    public boolean cancel() {
        markRetrieved();
        if (state != State.PENDING) {
            return false;
        }
        state = State.CANCELLED;
        scheduleCallbacks();
        return true;
    }

    /** Adds a callback; on a future that is already done it is scheduled at once (still through the ready queue). */
    public void addDoneCallback(Consumer<? super Future<T>> callback) {
        if (done()) {
            loop.callSoon("done callback", () -> callback.accept(this));
        } else {
            callbacks.add(callback);
        }
    }

    /** Removes every registration of {@code callback} (by identity); returns how many. */
    public int removeDoneCallback(Consumer<? super Future<T>> callback) {
        int before = callbacks.size();
        callbacks.removeIf(registered -> registered == callback);
        return before - callbacks.size();
    }

    // tag::schedule-callbacks[]
    /** futures.py's {@code __schedule_callbacks}: every callback becomes a {@code call_soon} handle, in order. */
    private void scheduleCallbacks() {
        settled();
        List<Consumer<? super Future<T>>> waiting = callbacks;
        callbacks = new ArrayList<>();
        for (Consumer<? super Future<T>> callback : waiting) {
            loop.callSoon("done callback", () -> callback.accept(this)); // the one FIFO ready queue: no microtask jumps ahead
        }
    }
    // end::schedule-callbacks[]

    private void checkPending(String what) {
        if (state != State.PENDING) {
            throw new IllegalStateException("InvalidStateError: " + what + " on a future that is already " + describe());
        }
    }

    void markRetrieved() {
        if (logTraceback) {
            logTraceback = false;
            loop.unretrieved(this, false);
        }
    }

    /** Called once, when the future becomes done, before its callbacks are scheduled. */
    void settled() {
    }

    Throwable exceptionUnread() {
        return exception;
    }

    String describe() {
        return switch (state) {
            case PENDING -> "pending";
            case CANCELLED -> "cancelled";
            case FINISHED -> exception == null ? "finished result=" + result : "finished exception=" + exception;
        };
    }

    @Override
    public String toString() {
        return "<Future " + describe() + ">";
    }

    /** gather's outer future: cancelling it cancels the children ({@code _GatheringFuture}). */
    static final class Gathering<T> extends Future<T> {
        private final List<? extends Future<?>> children;

        Gathering(AsyncioLoop loop, List<? extends Future<?>> children) {
            super(loop);
            this.children = children;
        }

        @Override
        public boolean cancel() {
            if (done()) {
                return false;
            }
            boolean any = false;
            for (Future<?> child : children) {
                if (child.cancel()) {
                    any = true;
                }
            }
            if (any) {
                cancelRequested = true; // gather's last callback turns this into a CancelledError
            }
            return any;
        }
    }
}
