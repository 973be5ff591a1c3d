package workbook.eventloop.promise;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import workbook.kit.Clock;
import workbook.eventloop.coroutine.AsyncFunction;
import workbook.eventloop.coroutine.Coroutine;
import workbook.eventloop.trace.Event;
import workbook.eventloop.trace.Recorder;

/**
 * The loop that steps 4 and 5 run on: JavaScript's rules, finished, plus what promises need of a
 * host (a job queue and a rejection tracker).
 *
 * <p>It is the loop of steps 1 to 3 done right, on one thread: the main callback, then timers in
 * deadline order, and after every callback the microtask queue drained to empty, then the check
 * for rejections nobody handled (Node's order). It repeats those steps instead of running on your
 * {@link workbook.eventloop.EventLoop} so that promises and coroutines behave to the letter while
 * {@code EventLoop} and {@code TimerQueue} are still exercises with their bugs in; the tests of
 * steps 4 and 5 then judge only promises and coroutines. It has no door for other threads: a
 * promise is single-threaded, as everything in JavaScript is.
 */
public final class PromiseLoop {

    /** The shortest timer delay, as in Node: {@code setTimeout(f, 0)} is {@code setTimeout(f, 1)}. */
    public static final Duration MINIMUM_DELAY = Duration.ofMillis(1);

    private static final ThreadLocal<PromiseLoop> CURRENT = new ThreadLocal<>();

    /** A timer: what {@link #setTimeout} returns and {@link #clearTimeout} takes. */
    public static final class Timeout {
        private final long deadline;
        private final long sequence;
        private final Runnable callback;

        private Timeout(long deadline, long sequence, Runnable callback) {
            this.deadline = deadline;
            this.sequence = sequence;
            this.callback = callback;
        }
    }

    private final Clock clock;
    private final Thread thread = Thread.currentThread();
    private final PriorityQueue<Timeout> timers = new PriorityQueue<>((a, b) -> a.deadline != b.deadline
            ? Long.compare(a.deadline, b.deadline)
            : Long.compare(a.sequence, b.sequence));
    private final ArrayDeque<Runnable> microtasks = new ArrayDeque<>();
    private final Set<Promise<?>> unhandled = new LinkedHashSet<>(); // rejected, no reaction yet: oldest first
    private final Recorder trace; // null unless a Trace is being recorded: each hook costs one null check
    private long timersSet;
    private long promisesMade;

    private PromiseLoop(Clock clock) {
        this.clock = clock;
        this.trace = Recorder.forLoop(clock);
    }

    /** Runs {@code main}, then every timer and job it set in motion, in real time. */
    public static void run(Consumer<PromiseLoop> main) {
        run(Clock.system(), main);
    }

    /**
     * Runs {@code main} and everything it set in motion on {@code clock}; fails with an
     * {@link UnhandledRejection} as soon as a rejected promise is left unhandled after a callback
     * and its microtasks, and with whatever a callback throws, as Node ends with an uncaught error.
     */
    public static void run(Clock clock, Consumer<PromiseLoop> main) {
        if (CURRENT.get() != null) {
            throw new IllegalStateException("this thread is already running a promise loop: queue work on it instead");
        }
        PromiseLoop loop = new PromiseLoop(clock);
        CURRENT.set(loop);
        try {
            loop.runCallback(() -> main.accept(loop), "main script");
            loop.loop();
        } finally {
            CURRENT.remove();
        }
    }

    // tag::turn[]
    private void loop() {
        while (!timers.isEmpty()) {
            long now = clock.nanos();
            long setBefore = timersSet; // timers set by these callbacks wait for the next turn
            Timeout next;
            while ((next = timers.peek()) != null && next.deadline <= now && next.sequence < setBefore) {
                timers.poll();
                runCallback(next.callback, "timer");
            }
            idleUntilNextDeadline();
        }
    }

    /** One callback, then every microtask it queued (and they queued), then the rejection check. */
    private void runCallback(Runnable callback, String what) {
        if (trace != null) {
            trace.started(callback, what);
        }
        callback.run();
        if (trace != null) {
            trace.ended();
        }
        Runnable job;
        while ((job = microtasks.poll()) != null) {
            if (trace != null) {
                trace.started(job, "microtask");
            }
            job.run();
            if (trace != null) {
                trace.ended();
            }
        }
        for (Promise<?> promise : unhandled) {
            throw new UnhandledRejection(promise, promise.reason()); // Node exits here, before any other timer
        }
    }
    // end::turn[]

    private void idleUntilNextDeadline() {
        Timeout next = timers.peek();
        if (next == null) {
            return;
        }
        long idle;
        while ((idle = clock.idleUntil(next.deadline)) > 0) {
            LockSupport.parkNanos(idle); // one thread, no door: nothing but a deadline can wake it
            if (Thread.interrupted()) {
                throw new IllegalStateException("the promise loop was interrupted while waiting for a timer");
            }
        }
    }

    /** The loop running on this thread; {@code what} names the call that needs one. */
    public static PromiseLoop current(String what) {
        PromiseLoop loop = CURRENT.get();
        if (loop == null) {
            throw new IllegalStateException(what + " needs a promise loop on this thread: call it inside "
                    + "PromiseLoop.run(loop -> ...), where promises, timers and async functions live");
        }
        return loop;
    }

    /** Runs {@code callback} once {@code delay} (at least {@link #MINIMUM_DELAY}) has passed on the loop's clock. */
    public Timeout setTimeout(Duration delay, Runnable callback) {
        checkThread("setTimeout");
        long deadline = clock.nanos() + Math.max(MINIMUM_DELAY.toNanos(), delay.toNanos());
        Timeout timeout = new Timeout(deadline, timersSet++, callback);
        timers.add(timeout);
        if (trace != null) {
            trace.timerSet(callback, "timer " + timersSet, deadline);
        }
        return timeout;
    }

    /** Cancels a timer that has not fired yet. */
    public void clearTimeout(Timeout timeout) {
        checkThread("clearTimeout");
        if (timers.remove(timeout) && trace != null) {
            trace.cancelled(timeout.callback);
        }
    }

    /** {@code queueMicrotask(job)}: the same queue as promise reactions, in one order. */
    public void queueMicrotask(Runnable job) {
        checkThread("queueMicrotask");
        microtasks.add(job);
        if (trace != null) {
            trace.queued(Event.Queue.MICROTASKS, job, "queueMicrotask job");
        }
    }

    // tag::sleep[]
    /** {@code new Promise(resolve => setTimeout(resolve, delay))}: a promise a timer fulfills. */
    public Promise<Void> sleep(Duration delay) {
        Promise.WithResolvers<Void> sleep = Promise.withResolvers();
        setTimeout(delay, () -> sleep.resolve().resolve((Void) null));
        return sleep.promise().named("sleep"); // a constant: a million sleeps need no million strings
    }
    // end::sleep[]

    /** Starts an async function that returns nothing: runs it now, up to its first {@code await}. */
    public Promise<Void> async(AsyncFunction body) {
        return Coroutine.async(body);
    }

    /** Starts an async function: runs it now, up to its first {@code await}; a promise of its result. */
    public <T> Promise<T> async(Callable<T> body) {
        return Coroutine.async(body);
    }

    /** An async function that returns a promise, with the type of what it adopts. */
    public <T> Promise<T> asyncAdopt(Callable<? extends Promise<? extends T>> body) {
        return Coroutine.asyncAdopt(body);
    }

    public Clock clock() {
        return clock;
    }

    /** True on the loop's own thread. */
    public boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    // ---------------------------------------------------------------- what promises need of their host

    /** HostEnqueuePromiseJob: a promise job is a microtask. */
    void enqueueJob(Runnable job) {
        microtasks.add(job);
        if (trace != null) {
            trace.queued(Event.Queue.MICROTASKS, job, "promise reaction");
        }
    }

    void rejectionUnhandled(Promise<?> promise) {
        unhandled.add(promise);
    }

    void rejectionHandled(Promise<?> promise) {
        unhandled.remove(promise);
    }

    long nextPromiseId() {
        return ++promisesMade;
    }

    void checkThread(String what) {
        if (!inLoop()) {
            throw new IllegalStateException(what + " called from " + Thread.currentThread()
                    + ": a promise loop and its promises belong to the one thread that runs it");
        }
    }
}
