package workbook.futures;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Just enough of a JavaScript runtime: one thread ("js-main") runs the script and, after it, every
 * timer callback, one at a time; {@link #run} returns once the script and all its timers are done,
 * the way node exits when nothing is left to do.
 */
public final class JsRuntime implements AutoCloseable {

    /** The name of the runtime's one thread. */
    public static final String THREAD = "js-main";

    private final ExecutorService loop = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name(THREAD).daemon().factory());
    private final List<CompletableFuture<Void>> pending = new CopyOnWriteArrayList<>();
    private final AtomicLong tasks = new AtomicLong();
    private volatile long task;

    // tag::set-timeout[]
    /** Like JavaScript's {@code setTimeout}: after {@code delay}, {@code callback} joins the queue of the one thread. */
    public CompletableFuture<Void> setTimeout(Duration delay, Runnable callback) {
        CompletableFuture<Void> timer = CompletableFuture.runAsync(asTask(callback),
                CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS, loop));
        pending.add(timer);
        return timer;
    }
    // end::set-timeout[]

    /**
     * Runs {@code script} on the runtime's thread, then waits for every timer set so far (and the
     * timers those set), for at most {@code limit}; fails naming what is still pending after that.
     */
    public void run(Runnable script, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        pending.add(CompletableFuture.runAsync(asTask(script), loop));
        for (CompletableFuture<Void> next = firstPending(); next != null; next = firstPending()) {
            try {
                next.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException stuck) {
                throw new IllegalStateException("the script or one of its timers was still pending after "
                        + limit.toMillis() + " ms (" + pendingCount() + " of " + pending.size() + " not done)");
            } catch (ExecutionException failed) {
                throw new IllegalStateException("the script or a timer failed: " + failed.getCause(), failed.getCause());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the script", interrupted);
            }
        }
    }

    /**
     * Which task the runtime's thread is running, or ran last: 1 for the script, then one more for
     * each timer callback. What a callback sets off (a promise it settles) runs within its task.
     */
    public long task() {
        return task;
    }

    private Runnable asTask(Runnable work) {
        return () -> {
            task = tasks.incrementAndGet();
            work.run();
        };
    }

    /** A timer or script not done yet, or null once everything set so far is done. */
    private CompletableFuture<Void> firstPending() {
        List<CompletableFuture<Void>> checked;
        List<CompletableFuture<Void>> now = List.copyOf(pending);
        do {
            checked = now;
            for (CompletableFuture<Void> task : checked) {
                if (!task.isDone()) {
                    return task;
                }
            }
            // a task that finished while we looked may have set a timer: look again until nothing was added
            now = List.copyOf(pending);
        } while (now.size() != checked.size());
        return null;
    }

    private long pendingCount() {
        return pending.stream().filter(timer -> !timer.isDone()).count();
    }

    @Override
    public void close() {
        loop.shutdownNow();
    }
}
