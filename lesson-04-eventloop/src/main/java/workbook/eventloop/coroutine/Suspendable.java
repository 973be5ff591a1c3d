package workbook.eventloop.coroutine;

import jdk.internal.vm.Continuation;
import jdk.internal.vm.ContinuationScope;
import workbook.eventloop.trace.Recorder;

/**
 * One coroutine's stack: a {@link Continuation}, the JDK's engine under virtual threads.
 *
 * <p>{@code jdk.internal.vm.Continuation} is an internal API (it needs
 * {@code --add-exports java.base/jdk.internal.vm=ALL-UNNAMED} to compile and to run, and may
 * change in any JDK release). It is used here because it is the only thing in the JDK that
 * suspends a running Java method and resumes it later on the same thread, with its stack intact:
 * exactly what an {@code await} does in JavaScript or Python. Virtual threads are the public way
 * to use it, and they always resume on a scheduler's thread, never on our loop's.
 *
 * <p>Both rulebooks use it: the JavaScript one ({@link Coroutine}) and asyncio's
 * ({@code workbook.eventloop.asyncio.Task}); only what resumes it differs.
 */
public final class Suspendable extends Continuation {

    static final ContinuationScope ASYNC = new ContinuationScope("async function");

    Object waitingAt;
    Object awaitedValue;
    Throwable awaitedReason;
    private final Recorder trace = Recorder.installed(); // null unless a Trace is being recorded
    private final String name;
    private boolean started;

    /** A coroutine of {@code body}, not started: {@link #resume()} starts it, and resumes it after each suspension. */
    public Suspendable(Runnable body) {
        this("coroutine", body);
    }

    /** The same, with a name for traces. */
    public Suspendable(String name, Runnable body) {
        super(ASYNC, body);
        this.name = name;
    }

    /** Runs the coroutine up to its next suspension or its end: {@link #run()}, told to the trace. */
    public void resume() {
        if (trace == null) {
            run();
            return;
        }
        trace.resumed(name, !started);
        started = true;
        run();
        if (isDone()) {
            trace.returned();
        }
    }

    /** The coroutine whose stack we are on, or null outside every async function. */
    public static Suspendable current() {
        return (Suspendable) Continuation.getCurrentContinuation(ASYNC);
    }

    /** Gives the loop thread back; returns when {@link #run()} is called again. */
    public void suspend() {
        suspend(null);
    }

    /** The same, telling the trace what it waits for. */
    public void suspend(Object on) {
        if (trace != null) {
            trace.suspended(on == null ? null : on.toString());
        }
        Continuation.yield(ASYNC);
    }

    @Override
    protected void onPinned(Pinned reason) {
        // Since JDK 24 (JEP 491) a held monitor no longer pins; a native frame (a class initializer,
        // a call back from native code) still does: its stack cannot be copied aside.
        throw new IllegalStateException("await cannot suspend here: the coroutine is pinned (" + reason + "), a frame "
                + "the JDK cannot set aside (a static initializer, a native method) lies between async(...) and this "
                + "await; await outside it, or load the value before");
    }
}
