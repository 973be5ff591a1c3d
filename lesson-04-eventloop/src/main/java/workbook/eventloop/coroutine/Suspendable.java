package workbook.eventloop.coroutine;

import jdk.internal.vm.Continuation;
import jdk.internal.vm.ContinuationScope;

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

    /** A coroutine of {@code body}, not started: {@link #run()} starts it, and resumes it after each suspension. */
    public Suspendable(Runnable body) {
        super(ASYNC, body);
    }

    /** The coroutine whose stack we are on, or null outside every async function. */
    public static Suspendable current() {
        return (Suspendable) Continuation.getCurrentContinuation(ASYNC);
    }

    /** Gives the loop thread back; returns when {@link #run()} is called again. */
    public void suspend() {
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
