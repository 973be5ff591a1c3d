package workbook.eventloop.asyncio;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import workbook.eventloop.trace.Event;
import workbook.eventloop.trace.Recorder;
import workbook.kit.Clock;

/**
 * The loop under asyncio's rules: {@code asyncio.run} and {@code BaseEventLoop._run_once}.
 *
 * <p>The same parts as the JavaScript rulebook's {@link workbook.eventloop.promise.PromiseLoop}:
 * one thread, a heap of timers ordered by deadline then by the order they were set, a
 * {@link Clock} (real or virtual), and coroutines that are the JDK's continuations. What differs
 * is only the rules, and they are all in {@link #runOnce}: there is <b>no microtask queue</b>.
 * There is one FIFO ready queue of handles; a turn moves the timers that are due to its end, then
 * runs the handles that were in it when the turn began (what they schedule waits for the next
 * turn). Future callbacks and task steps are such handles ({@code call_soon}), so nothing jumps
 * ahead of a timer that is already due, and a task resumes one turn after what it awaited is done.
 *
 * <p>{@link #run} is {@code asyncio.run}: it runs the main coroutine as a task until that task is
 * done, then cancels every task still pending and runs them to their end; then it reports what was
 * lost: every coroutine never awaited, every task whose exception was never retrieved (CPython
 * reports them when the object is collected; here, when the loop ends, in the order they were made).
 */
public final class AsyncioLoop {

    private static final ThreadLocal<AsyncioLoop> RUNNING = new ThreadLocal<>();

    /** What {@code call_soon} and {@code call_later} return: a callback that can still be cancelled. */
    public static final class Handle {
        private final Runnable callback;
        private final long deadline;
        private final long sequence;
        private boolean cancelled;

        private Handle(Runnable callback, long deadline, long sequence) {
            this.callback = callback;
            this.deadline = deadline;
            this.sequence = sequence;
        }

        /** It will not run; a cancelled timer leaves the heap when it reaches the top. */
        public void cancel() {
            cancelled = true;
        }

        public boolean cancelled() {
            return cancelled;
        }
    }

    /** What the exception handler is told ({@code loop.call_exception_handler}'s context). */
    public record ExceptionContext(String message, Throwable exception, Object source) {
    }

    private final Clock clock;
    private final Thread thread = Thread.currentThread();
    private final ArrayDeque<Handle> ready = new ArrayDeque<>();
    private final PriorityQueue<Handle> scheduled = new PriorityQueue<>((a, b) -> a.deadline != b.deadline
            ? Long.compare(a.deadline, b.deadline)
            : Long.compare(a.sequence, b.sequence));
    // Only what may still need reporting is kept: a long run keeps no garbage.
    private final Set<Task<?>> pendingTasks = new LinkedHashSet<>();
    private final Set<Future<?>> unretrieved = new LinkedHashSet<>();
    private final Set<Coroutine<?>> unused = new LinkedHashSet<>();
    private final Consumer<String> reports;
    private final Recorder trace; // null unless a Trace is being recorded: each hook costs one null check
    private Consumer<ExceptionContext> exceptionHandler;
    private Task<?> current;
    private boolean stopping;
    private long handlesMade;
    private int tasksMade;

    private AsyncioLoop(Clock clock, Consumer<String> reports) {
        this.clock = clock;
        this.reports = reports;
        this.trace = Recorder.forAsyncioLoop(clock);
        this.exceptionHandler = context -> reports.accept(context.message() + "\n"
                + (context.source() == null ? "" : "future: " + context.source() + "\n")
                + (context.exception() == null ? "" : context.exception().toString()));
    }

    /** {@code asyncio.run(main())}: reports go to stderr, as Python's warnings and log do. */
    public static <T> T run(Clock clock, Callable<T> main) {
        return run(clock, System.err::println, main);
    }

    /** {@code asyncio.run(main())}, with what the loop reports (lost exceptions, unawaited coroutines) sent to {@code reports}. */
    public static <T> T run(Clock clock, Consumer<String> reports, Callable<T> main) {
        if (RUNNING.get() != null) {
            throw new IllegalStateException("asyncio.run() cannot be called from a running event loop");
        }
        AsyncioLoop loop = new AsyncioLoop(clock, reports);
        RUNNING.set(loop);
        try {
            Task<T> task = loop.createTask(new Coroutine<>("main", main));
            try {
                return loop.runUntilComplete(task);
            } finally {
                loop.cancelAllTasks();
                loop.reportWhatWasLost();
            }
        } finally {
            RUNNING.remove();
        }
    }

    /** The loop running on this thread, or null. */
    static AsyncioLoop running() {
        return RUNNING.get();
    }

    static AsyncioLoop require(String what) {
        AsyncioLoop loop = RUNNING.get();
        if (loop == null) {
            throw new IllegalStateException(what + ": no running event loop (call it inside AsyncioLoop.run(clock, () -> ...))");
        }
        return loop;
    }

    // tag::run-once[]
    /** One turn ({@code _run_once}): due timers join the ready queue's end; the handles ready now run, later ones next turn. */
    private void runOnce() {
        while (!scheduled.isEmpty() && scheduled.peek().cancelled) {
            Handle cancelled = scheduled.poll();
            if (trace != null) {
                trace.cancelled(cancelled);
            }
        }
        if (ready.isEmpty() && !stopping) {
            idleUntilNextTimer();
        }
        long now = clock.nanos();
        while (!scheduled.isEmpty() && scheduled.peek().deadline <= now) {
            Handle due = scheduled.poll();
            ready.add(due); // behind every handle already ready: no timer jumps the queue, none is jumped
            if (trace != null) {
                trace.timerDue(due);
            }
        }
        for (int todo = ready.size(); todo > 0; todo--) {
            Handle handle = ready.poll();
            if (!handle.cancelled) {
                runHandle(handle);
            } else if (trace != null) {
                trace.cancelled(handle);
            }
        }
    }
    // end::run-once[]

    private void runHandle(Handle handle) {
        if (trace != null) {
            trace.started(handle, "handle");
        }
        try {
            handle.callback.run();
        } catch (RuntimeException | Error failed) {
            callExceptionHandler(new ExceptionContext("Exception in callback", failed, null));
        }
        if (trace != null) {
            trace.ended();
        }
    }

    private void idleUntilNextTimer() {
        Handle next = scheduled.peek();
        if (next == null) {
            throw new IllegalStateException("the event loop has nothing left to run and no timer, yet the task it runs "
                    + "until is not done: it awaits a future that nothing will complete (CPython would wait forever)");
        }
        long idle;
        while ((idle = clock.idleUntil(next.deadline)) > 0) {
            LockSupport.parkNanos(idle);
            if (Thread.interrupted()) {
                throw new IllegalStateException("the asyncio loop was interrupted while waiting for a timer");
            }
        }
    }

    /** {@code loop.run_until_complete(future)}: turns until a done-callback of {@code future} stops the loop. */
    <T> T runUntilComplete(Future<T> future) {
        Consumer<Future<T>> stop = done -> stopping = true;
        future.addDoneCallback(stop);
        try {
            do {
                runOnce();
            } while (!stopping);
        } finally {
            stopping = false;
            future.removeDoneCallback(stop);
        }
        return future.result();
    }

    /** asyncio.run's ending: every task still pending is cancelled, then run until all of them are done. */
    private void cancelAllTasks() {
        List<Task<?>> pending = List.copyOf(pendingTasks);
        if (pending.isEmpty()) {
            return;
        }
        pending.forEach(Task::cancel);
        runUntilComplete(Asyncio.gather(true, pending));
        for (Task<?> task : pending) {
            if (!task.cancelled() && task.exception() != null) {
                callExceptionHandler(new ExceptionContext("unhandled exception during asyncio.run() shutdown",
                        task.exception(), task));
            }
        }
    }

    // tag::lost[]
    private void reportWhatWasLost() {
        for (Coroutine<?> coroutine : unused) {
            reports.accept("RuntimeWarning: coroutine '" + coroutine.name() + "' was never awaited");
        }
        for (Future<?> future : List.copyOf(unretrieved)) {
            callExceptionHandler(new ExceptionContext((future instanceof Task ? "Task" : "Future")
                    + " exception was never retrieved", future.exceptionUnread(), future));
        }
    }
    // end::lost[]

    // ---------------------------------------------------------------- the loop's API

    /** {@code loop.call_soon(callback)}: at the end of the ready queue. */
    public Handle callSoon(Runnable callback) {
        return callSoon("call_soon callback", callback);
    }

    /** The same, with a name for traces. */
    Handle callSoon(String name, Runnable callback) {
        checkThread("call_soon");
        Handle handle = new Handle(callback, 0, handlesMade++);
        ready.add(handle);
        if (trace != null) {
            trace.queued(Event.Queue.READY, handle, name);
        }
        return handle;
    }

    /** {@code loop.call_later(delay, callback)}: no minimum delay (Node's is 1 ms); due at the first turn after {@code delay}. */
    public Handle callLater(Duration delay, Runnable callback) {
        return callLater("call_later callback", delay, callback);
    }

    /** The same, with a name for traces. */
    Handle callLater(String name, Duration delay, Runnable callback) {
        checkThread("call_later");
        Handle handle = new Handle(callback, clock.nanos() + Math.max(0, delay.toNanos()), handlesMade++);
        scheduled.add(handle);
        if (trace != null) {
            trace.timerSet(handle, name, handle.deadline);
        }
        return handle;
    }

    /** {@code loop.create_future()}. */
    public <T> Future<T> createFuture() {
        return new Future<>(this);
    }

    /** {@code loop.create_task(coro)}: the coroutine starts at the next turn, not now. */
    public <T> Task<T> createTask(Coroutine<T> coroutine) {
        checkThread("create_task");
        Task<T> task = new Task<>(this, coroutine, "Task-" + ++tasksMade);
        pendingTasks.add(task);
        return task;
    }

    /** {@code loop.set_exception_handler(handler)}: where lost exceptions and failed callbacks are reported. */
    public void setExceptionHandler(Consumer<ExceptionContext> handler) {
        this.exceptionHandler = handler;
    }

    void callExceptionHandler(ExceptionContext context) {
        exceptionHandler.accept(context);
    }

    /** {@code loop.time()}, as a duration since the clock's origin. */
    public Duration time() {
        return clock.now();
    }

    public Clock clock() {
        return clock;
    }

    /** The task whose step is running, or null in a plain callback. */
    Task<?> currentTask() {
        return current;
    }

    Task<?> enterTask(Task<?> task) {
        Task<?> outer = current;
        current = task;
        return outer;
    }

    void leaveTask(Task<?> outer) {
        current = outer;
    }

    void created(Coroutine<?> coroutine) {
        unused.add(coroutine);
    }

    void used(Coroutine<?> coroutine) {
        unused.remove(coroutine);
    }

    void taskDone(Task<?> task) {
        pendingTasks.remove(task);
    }

    void unretrieved(Future<?> future, boolean failedUnread) {
        if (failedUnread) {
            unretrieved.add(future);
        } else {
            unretrieved.remove(future);
        }
    }

    private void checkThread(String what) {
        if (Thread.currentThread() != thread) {
            throw new IllegalStateException(what + " called from " + Thread.currentThread()
                    + ": an asyncio loop belongs to the one thread that runs it (use call_soon_threadsafe)");
        }
    }
}
