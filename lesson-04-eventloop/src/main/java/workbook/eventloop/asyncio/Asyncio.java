package workbook.eventloop.asyncio;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import workbook.eventloop.coroutine.Suspendable;

/**
 * asyncio's functions, for {@code import static workbook.eventloop.asyncio.Asyncio.*;}: code then
 * reads like the Python it translates, line for line.
 *
 * <p>{@code async def f(): ...} is a method returning {@code coroutine("f", () -> ...)};
 * {@code await x} is {@code await(x)}; {@code asyncio.create_task}, {@code sleep}, {@code gather},
 * {@code wait_for} and {@code async with asyncio.TaskGroup() as tg} keep their names. Each is
 * written after CPython 3.11's own code ({@code tasks.py}, {@code taskgroups.py}).
 */
public final class Asyncio {

    /** The body of an {@code async def} that returns nothing. */
    @FunctionalInterface
    public interface AsyncBody {
        void run() throws Exception;
    }

    /** The body of {@code async with asyncio.TaskGroup() as tg:}. */
    @FunctionalInterface
    public interface TaskGroupBody {
        void run(TaskGroup tg) throws Exception;
    }

    private Asyncio() {
    }

    /** Calling {@code async def name(): body}: a coroutine object, which does nothing until awaited or made a task. */
    public static <T> Coroutine<T> coroutine(String name, Callable<T> body) {
        return new Coroutine<>(name, body);
    }

    /** The same, for a body that returns nothing ({@code None}). */
    public static Coroutine<Void> coroutine(String name, AsyncBody body) {
        return new Coroutine<>(name, () -> {
            body.run();
            return null;
        });
    }

    // tag::await[]
    /**
     * {@code await x}. A coroutine runs here and now, on this task's stack, like {@code yield from}:
     * it suspends only if it awaits something pending. A future that is already done gives its
     * result without suspending. A pending one suspends this task; its done-callback (a
     * {@code call_soon} handle) resumes it, and its exception, or a {@link CancelledError} after a
     * cancel, is thrown here.
     */
    @SuppressWarnings("unchecked")
    public static <T> T await(Awaitable<T> awaitable) {
        Task<?> task = currentTaskOrFail();
        if (awaitable instanceof Coroutine<T> coroutine) {
            try {
                return coroutine.take().call(); // no new task, no hop: the same stack goes on
            } catch (Exception failed) {
                throw sneaky(failed);
            }
        }
        Future<T> future = (Future<T>) awaitable;
        if (!future.done()) {
            task.yielded = future; // Future.__await__: yield self
            suspend(task);
            if (!future.done()) {
                throw new IllegalStateException("await wasn't used with future");
            }
        }
        return future.result(); // done already: no suspension at all
    }
    // end::await[]

    /** The bare {@code yield} under {@code sleep(0)}: gives the loop exactly one turn. */
    static void yieldOnce() {
        Task<?> task = currentTaskOrFail();
        task.yielded = null;
        suspend(task);
    }

    private static void suspend(Task<?> task) {
        Suspendable.current().suspend(task.yielded == null ? "a bare yield: one turn" : task.yielded);
        Throwable thrown = task.throwIn;
        task.throwIn = null;
        if (thrown != null) {
            throw sneaky(thrown); // raised at the await, as coro.throw() raises it at the yield
        }
    }

    private static Task<?> currentTaskOrFail() {
        AsyncioLoop loop = AsyncioLoop.running();
        Task<?> task = loop == null ? null : loop.currentTask();
        if (task == null || Suspendable.current() == null) {
            throw new IllegalStateException("'await' outside async function: this code does not run inside a task "
                    + "(a coroutine given to AsyncioLoop.run or create_task), so there is nothing to suspend");
        }
        return task;
    }

    /** {@code asyncio.create_task(coro)}: scheduled, not started; the coroutine runs at the loop's next turn. */
    public static <T> Task<T> createTask(Coroutine<T> coroutine) {
        return AsyncioLoop.require("create_task").createTask(coroutine);
    }

    /** {@code asyncio.current_task()}. */
    public static Task<?> currentTask() {
        return AsyncioLoop.require("current_task").currentTask();
    }

    /** {@code asyncio.get_running_loop()}. */
    public static AsyncioLoop getRunningLoop() {
        return AsyncioLoop.require("get_running_loop");
    }

    /** {@code asyncio.ensure_future}: a future stays itself, a coroutine becomes a task. */
    static <T> Future<T> ensureFuture(Awaitable<T> awaitable) {
        if (awaitable instanceof Coroutine<T> coroutine) {
            return createTask(coroutine);
        }
        return (Future<T>) awaitable;
    }

    // tag::sleep[]
    /** {@code asyncio.sleep(delay)}: a coroutine; {@code sleep(0)} is one bare yield, exactly one turn. */
    public static Coroutine<Void> sleep(Duration delay) {
        return coroutine("sleep", () -> {
            if (delay.isZero() || delay.isNegative()) {
                yieldOnce();
                return;
            }
            AsyncioLoop loop = getRunningLoop();
            Future<Void> future = loop.createFuture();
            AsyncioLoop.Handle timer = loop.callLater("sleep", delay, () -> {
                if (!future.cancelled()) {
                    future.setResult(null); // _set_result_unless_cancelled
                }
            });
            try {
                await(future);
            } finally {
                timer.cancel();
            }
        });
    }
    // end::sleep[]

    // tag::gather[]
    /** {@code asyncio.gather(*aws)}: the results in input order; the first exception fails it (the others go on). */
    public static Future<List<Object>> gather(Awaitable<?>... awaitables) {
        return gather(false, Arrays.asList(awaitables));
    }

    /** {@code asyncio.gather(*aws, return_exceptions=...)}: with true, exceptions take their place among the results. */
    public static Future<List<Object>> gather(boolean returnExceptions, Awaitable<?>... awaitables) {
        return gather(returnExceptions, Arrays.asList(awaitables));
    }

    /** {@code asyncio.gather(*aws)} of a list. */
    public static Future<List<Object>> gather(List<? extends Awaitable<?>> awaitables) {
        return gather(false, awaitables);
    }

    /** tasks.py's gather: every child's done-callback counts; the last one settles the outer future. */
    public static Future<List<Object>> gather(boolean returnExceptions, List<? extends Awaitable<?>> awaitables) {
        AsyncioLoop loop = getRunningLoop();
        if (awaitables.isEmpty()) {
            Future<List<Object>> outer = loop.createFuture();
            outer.setResult(List.of());
            return outer;
        }
        Map<Awaitable<?>, Future<?>> seen = new IdentityHashMap<>();
        List<Future<?>> children = new ArrayList<>();
        List<Future<?>> distinct = new ArrayList<>();
        for (Awaitable<?> awaitable : awaitables) {
            Future<?> child = seen.get(awaitable);
            if (child == null) { // the same awaitable twice is one child, counted once
                child = ensureFuture(awaitable);
                seen.put(awaitable, child);
                distinct.add(child);
            }
            children.add(child);
        }
        Future.Gathering<List<Object>> outer = new Future.Gathering<>(loop, children);
        int[] finished = {0};
        Consumer<Future<?>> onChildDone = child -> {
            finished[0]++;
            if (outer.done()) {
                if (!child.cancelled()) {
                    child.exception(); // mark it retrieved
                }
                return;
            }
            if (!returnExceptions) {
                if (child.cancelled()) {
                    outer.setException(new CancelledError());
                    return;
                }
                Throwable failure = child.exception();
                if (failure != null) {
                    outer.setException(failure);
                    return;
                }
            }
            if (finished[0] == distinct.size()) {
                List<Object> results = new ArrayList<>();
                for (Future<?> each : children) {
                    if (each.cancelled()) {
                        results.add(new CancelledError());
                    } else {
                        Throwable failure = each.exception();
                        results.add(failure != null ? failure : each.result());
                    }
                }
                if (outer.cancelRequested) {
                    outer.setException(new CancelledError());
                } else {
                    outer.setResult(java.util.Collections.unmodifiableList(results));
                }
            }
        };
        for (Future<?> child : distinct) {
            addCallback(child, onChildDone);
        }
        return outer;
    }
    // end::gather[]

    @SuppressWarnings("unchecked")
    private static <T> void addCallback(Future<T> future, Consumer<Future<?>> callback) {
        future.addDoneCallback((Consumer<Future<T>>) (Consumer<?>) callback);
    }

    // tag::wait-for[]
    /** {@code asyncio.wait_for(aw, timeout)} (3.11): on time out, cancels {@code aw}, waits for it, raises {@link TimeoutError}. */
    public static <T> Coroutine<T> waitFor(Awaitable<T> awaitable, Duration timeout) {
        return coroutine("wait_for", () -> {
            AsyncioLoop loop = getRunningLoop();
            if (timeout.isZero() || timeout.isNegative()) {
                Future<T> future = ensureFuture(awaitable);
                if (future.done()) {
                    return future.result();
                }
                await(cancelAndWait(future));
                try {
                    return future.result();
                } catch (CancelledError cancelled) {
                    throw new TimeoutError();
                }
            }
            Future<Void> waiter = loop.createFuture();
            AsyncioLoop.Handle timeoutHandle = loop.callLater("wait_for timeout", timeout, () -> releaseWaiter(waiter));
            Consumer<Future<T>> release = done -> releaseWaiter(waiter);
            Future<T> future = ensureFuture(awaitable);
            future.addDoneCallback(release);
            try {
                try {
                    await(waiter);
                } catch (CancelledError cancelled) {
                    if (future.done()) {
                        return future.result();
                    }
                    future.removeDoneCallback(release);
                    await(cancelAndWait(future));
                    throw cancelled;
                }
                if (future.done()) {
                    return future.result();
                }
                future.removeDoneCallback(release);
                await(cancelAndWait(future));
                try {
                    return future.result();
                } catch (CancelledError cancelled) {
                    throw new TimeoutError();
                }
            } finally {
                timeoutHandle.cancel();
            }
        });
    }

    private static void releaseWaiter(Future<Void> waiter) {
        if (!waiter.done()) {
            waiter.setResult(null);
        }
    }

    /** tasks.py's {@code _cancel_and_wait}: cancel, then wait until the cancelled one is really done. */
    private static <T> Coroutine<Void> cancelAndWait(Future<T> future) {
        return coroutine("_cancel_and_wait", () -> {
            Future<Void> waiter = getRunningLoop().createFuture();
            Consumer<Future<T>> release = done -> releaseWaiter(waiter);
            future.addDoneCallback(release);
            try {
                future.cancel();
                await(waiter);
            } finally {
                future.removeDoneCallback(release);
            }
        });
    }
    // end::wait-for[]

    /** {@code async with asyncio.TaskGroup() as tg: body}: returns when every task of the group is done. */
    public static void taskGroup(TaskGroupBody body) {
        TaskGroup group = new TaskGroup(getRunningLoop(), currentTaskOrFail());
        Throwable raised = null;
        try {
            body.run(group);
        } catch (Throwable thrown) {
            raised = thrown;
        }
        group.exit(raised);
    }

    @SuppressWarnings("unchecked")
    static <E extends Throwable> RuntimeException sneaky(Throwable reason) throws E {
        throw (E) reason;
    }
}
