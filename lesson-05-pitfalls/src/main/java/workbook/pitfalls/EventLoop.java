package workbook.pitfalls;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.PriorityQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * A small event loop: one thread, a run queue and a timer heap, like asyncio's or the browser's.
 *
 * <p>Everything handed to the loop runs on its one thread, one task at a time. A task that blocks
 * (waits, or computes for long) blocks every other task and every timer. The futures the loop hands
 * out ({@link LoopFuture}) refuse to be waited for on the loop's own thread: the wait could never end.
 *
 * <p>Why a loop of its own: this is the finished loop of lesson 04, given here so that this lesson
 * builds alone (no lesson depends on another). It speaks the same words ({@link #execute},
 * {@link #setTimeout}, {@link #sleep}, {@link #inLoop}) but has the shape this lesson's mistakes need:
 * it runs on a thread of its own until it is closed, so that a test or a program can hand it work from
 * outside and watch it, and its futures carry the guard against waiting on the loop.
 */
public final class EventLoop implements Executor, AutoCloseable {

    private record Timer(long due, long order, Runnable task) implements Comparable<Timer> {
        @Override
        public int compareTo(Timer other) {
            int byDue = Long.compare(due, other.due);
            return byDue != 0 ? byDue : Long.compare(order, other.order);
        }
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<Runnable> ready = new ArrayDeque<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private final Consumer<Throwable> uncaught;
    private final Thread thread;
    private long timersSet;
    private boolean closed;

    /** A loop on a new thread called {@code name}; failures of plain tasks go to standard error. */
    public EventLoop(String name) {
        this(name, failure -> System.err.println(name + ": a task failed: " + failure));
    }

    /** A loop on a new thread called {@code name}; {@code uncaught} hears of plain tasks that throw. */
    public EventLoop(String name, Consumer<Throwable> uncaught) {
        this.uncaught = uncaught;
        this.thread = Thread.ofPlatform().name(name).daemon().start(this::runLoop);
    }

    /** Queues a task to run on the loop, after the tasks already queued. */
    @Override
    public void execute(Runnable task) {
        lock.lock();
        try {
            ensureOpen();
            ready.add(task);
            changed.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code task} on the loop once {@code delay} has passed, as JavaScript's {@code setTimeout}. */
    public void setTimeout(Duration delay, Runnable task) {
        lock.lock();
        try {
            ensureOpen();
            timers.add(new Timer(System.nanoTime() + delay.toNanos(), timersSet++, task));
            changed.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code work} on the loop; the future completes with its result or its failure. */
    public <T> LoopFuture<T> submit(Callable<T> work) {
        LoopFuture<T> result = new LoopFuture<>(this);
        execute(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        });
        return result;
    }

    /** A future the loop completes after {@code delay}: the loop's {@code asyncio.sleep}. */
    public LoopFuture<Void> sleep(Duration delay) {
        LoopFuture<Void> woken = new LoopFuture<>(this);
        setTimeout(delay, () -> woken.complete(null));
        return woken;
    }

    /** A future already completed with {@code value}. */
    public <T> LoopFuture<T> completed(T value) {
        LoopFuture<T> done = new LoopFuture<>(this);
        done.complete(value);
        return done;
    }

    /** Whether the caller runs on this loop's thread. */
    public boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    /** The loop's thread, for messages and timelines. */
    public Thread thread() {
        return thread;
    }

    /** Stops the loop after the task it is running; queued tasks and timers are dropped. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            changed.signal();
        } finally {
            lock.unlock();
        }
        if (!inLoop()) {
            try {
                thread.join(Duration.ofSeconds(5)); // a task stuck on the loop must not hold up the caller forever
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException(thread.getName() + " is closed");
        }
    }

    // tag::loop[]
    private void runLoop() {
        while (true) {
            Runnable next = nextTask();
            if (next == null) {
                return;
            }
            try {
                next.run(); // while this runs, nothing else on the loop can: not a task, not a timer
            } catch (Throwable failure) {
                uncaught.accept(failure);
            }
        }
    }

    private Runnable nextTask() {
        lock.lock();
        try {
            while (!closed) {
                long now = System.nanoTime();
                while (!timers.isEmpty() && timers.peek().due() <= now) {
                    ready.add(timers.poll().task()); // a due timer waits its turn behind queued tasks
                }
                if (!ready.isEmpty()) {
                    return ready.poll();
                }
                if (timers.isEmpty()) {
                    changed.await();
                } else {
                    changed.awaitNanos(timers.peek().due() - now);
                }
            }
            return null;
        } catch (InterruptedException interrupted) {
            return null;
        } finally {
            lock.unlock();
        }
    }
    // end::loop[]
}
