package workbook.eventloop;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import workbook.kit.Clock;

/**
 * What every {@link EventLoop} has, whoever writes its turn: the three queues, the door other
 * threads come in by, timers, futures, and slow-callback reports. {@link EventLoop} adds the part
 * the lesson is about: how one turn runs the queues, and how the loop waits for the next deadline.
 *
 * <p>Three queues feed a loop. <b>Tasks</b> ({@link #execute}) come from anywhere, other threads
 * included, and wake the loop. <b>Timers</b> ({@link #setTimeout}) wait in a {@link TimerQueue}
 * until their deadline. <b>Microtasks</b> ({@link EventLoop#queueMicrotask}), the continuations of
 * futures, run right after the callback that queued them, before any other task or timer. The loop
 * stops when all three are empty and no future from elsewhere is still awaited ({@link #onLoop}).
 */
public abstract sealed class AbstractEventLoop implements Executor permits EventLoop {

    /** Like asyncio's debug mode: a callback holding the loop this long is reported. */
    public static final Duration SLOW_CALLBACK_THRESHOLD = Duration.ofMillis(100);

    /** The shortest timer delay, as in Node: {@code setTimeout(f, 0)} is {@code setTimeout(f, 1)}. */
    public static final Duration MINIMUM_DELAY = Duration.ofMillis(1);

    /** {@code -Deventloop.debug=true} reports slow callbacks on stderr, like {@code PYTHONASYNCIODEBUG=1}. */
    public static final String DEBUG_PROPERTY = "eventloop.debug";

    private static final ThreadLocal<AbstractEventLoop> RUNNING = new ThreadLocal<>();

    record Task(String name, Runnable callback) {
    }

    final Clock clock;
    final TimerQueue timers = new TimerQueue(); // the loop thread's own, like the microtasks
    private final TimerLists timerLists = new TimerLists(timers); // Node's list per delay, in front of the heap
    final Queue<Runnable> microtasks = new ArrayDeque<>();
    final Queue<Task> ready = new ArrayDeque<>(); // guarded by lock: the one door in from other threads
    final ReentrantLock lock = new ReentrantLock();
    final Condition workArrived = lock.newCondition(); // signalled by execute()
    final AtomicInteger pending = new AtomicInteger(); // futures from elsewhere the loop still waits for
    final AtomicLong timersSet = new AtomicLong(); // the next timer's sequence number
    private final Thread thread = Thread.currentThread();
    private volatile boolean finished;
    private Duration slowThreshold = SLOW_CALLBACK_THRESHOLD;
    private Consumer<SlowCallback> slowCallbacks = Boolean.getBoolean(DEBUG_PROPERTY) // off by default, as in asyncio
            ? slow -> System.err.println("[event loop] " + slow.message())
            : null;

    AbstractEventLoop(Clock clock) {
        this.clock = clock;
    }

    /** Runs {@code main} on this thread as the first task, then turns until nothing is left. */
    static <L extends AbstractEventLoop> void start(L loop, Consumer<? super L> main) {
        if (RUNNING.get() != null) {
            throw new IllegalStateException("this thread is already running an event loop: queue work on it instead");
        }
        RUNNING.set(loop);
        try {
            loop.execute("main", () -> main.accept(loop));
            loop.loop();
        } finally {
            ((AbstractEventLoop) loop).finished = true; // private fields are not reached through L
            RUNNING.remove();
        }
    }

    /** Turns until nothing is left: the loop itself. */
    abstract void loop();

    /** Runs every microtask queued so far, and those they queue. */
    abstract void drainMicrotasks();

    /** Queues a job to run right after the current callback, before any other task or timer. */
    public abstract void queueMicrotask(Runnable job);

    /** Runs the tasks that were ready when the turn began; later ones wait for the next turn. */
    void runReadyTasks() {
        for (int count = readyCount(); count > 0; count--) {
            Task task;
            lock.lock();
            try {
                task = ready.poll();
            } finally {
                lock.unlock();
            }
            runCallback(task.name(), task.callback());
            drainMicrotasks();
        }
    }

    /** Runs one callback, timing it when someone listens for slow ones. */
    void runCallback(String name, Runnable callback) {
        if (slowCallbacks == null) {
            callback.run(); // no stopwatch unless someone listens: a million timers feel the difference
            return;
        }
        long start = System.nanoTime();
        callback.run();
        long took = System.nanoTime() - start;
        if (took >= slowThreshold.toNanos()) {
            slowCallbacks.accept(new SlowCallback(name, Duration.ofNanos(took)));
        }
    }

    boolean nothingLeft() {
        return readyCount() == 0 && microtasks.isEmpty() && timers.isEmpty() && pending.get() == 0;
    }

    int readyCount() {
        lock.lock();
        try {
            return ready.size();
        } finally {
            lock.unlock();
        }
    }

    // tag::execute[]
    /** Queues a task; safe from any thread, and wakes an idle loop. */
    public void execute(String name, Runnable task) {
        lock.lock();
        try {
            if (finished) {
                throw new IllegalStateException("the event loop has finished: nothing will run " + name);
            }
            ready.add(new Task(name, task));
            workArrived.signal();
        } finally {
            lock.unlock();
        }
    }
    // end::execute[]

    @Override
    public void execute(Runnable task) {
        execute("task", task);
    }

    /** Runs {@code callback} once {@code delay} (at least {@link #MINIMUM_DELAY}) has passed on the loop's clock. */
    public Timer setTimeout(Duration delay, Runnable callback) {
        return setTimeout("setTimeout", delay, callback); // a constant name: a million timers need no million strings
    }

    /** The same, with a name for traces and slow-callback reports. */
    public Timer setTimeout(String name, Duration delay, Runnable callback) {
        long nanos = Math.max(MINIMUM_DELAY.toNanos(), delay.toNanos()); // 0 and 1 ms are one delay
        long deadline = clock.nanos() + nanos;
        if (inLoop()) {
            return timerLists.add(name, nanos, deadline, timersSet.getAndIncrement(), callback);
        }
        Timer timer = new Timer(name, deadline, timersSet.getAndIncrement(), callback);
        execute("setTimeout", () -> timers.add(timer)); // the heap belongs to the loop thread
        return timer;
    }

    /** Cancels a timer that has not fired yet. */
    public void clearTimeout(Timer timer) {
        onLoopThread("clearTimeout", () -> {
            if (!timerLists.remove(timer)) {
                timers.remove(timer); // one set from another thread went straight into the heap
            }
        });
    }

    /** An executor for continuations: {@code future.thenRunAsync(next, loop.microtasks())} is JavaScript's {@code await}. */
    public Executor microtasks() {
        return this::queueMicrotask;
    }

    // tag::sleep[]
    /** A future that completes on the loop thread after {@code delay}: {@code asyncio.sleep}. */
    public CompletableFuture<Void> sleep(Duration delay) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        setTimeout("sleep", delay, () -> done.complete(null));
        return done;
    }
    // end::sleep[]

    /**
     * A future completed on the loop thread when {@code elsewhere} completes on whatever thread;
     * the loop keeps running until then. The bridge from other threads back onto the loop.
     */
    public <T> CompletableFuture<T> onLoop(CompletionStage<T> elsewhere) {
        CompletableFuture<T> here = new CompletableFuture<>();
        pending.incrementAndGet();
        elsewhere.whenComplete((value, failure) -> execute("completion", () -> {
            pending.decrementAndGet();
            if (failure == null) {
                here.complete(value);
            } else {
                here.completeExceptionally(failure);
            }
        }));
        return here;
    }

    /** Reports every callback that holds the loop at least {@code threshold}: asyncio's debug mode, switched on. */
    public void reportSlowCallbacks(Duration threshold, Consumer<SlowCallback> report) {
        this.slowThreshold = threshold;
        this.slowCallbacks = report;
    }

    public Clock clock() {
        return clock;
    }

    /** True on the loop's own thread, that is, inside one of its callbacks. */
    public boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    /** Runs {@code action} now on the loop thread; from elsewhere, queues it as a task. */
    void onLoopThread(String what, Runnable action) {
        if (inLoop()) {
            action.run();
        } else {
            execute(what, action); // the loop's queues belong to its thread; others go through the door
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The loop's state in one line, for failure messages. */
    String describe() {
        Timer next = timers.peek();
        return String.format(Locale.ROOT, "%s waiting%s, %s ready, %s from elsewhere pending",
                count(timers.size() + timerLists.waitingBehind(), "timer"),
                next == null ? "" : " (next: " + next.name() + ", due in "
                        + seconds(Duration.ofNanos(next.deadline() - clock.nanos())) + ")",
                count(ready.size(), "task"), count(pending.get(), "future"));
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.2f s", duration.toNanos() / 1e9);
    }
}
