package workbook.pitfalls;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Looks at a thread every millisecond or so, until closed: was it running (or ready to), or waiting?
 *
 * <p>Its state says what it was doing whatever the machine's load: a thread that computes stays
 * RUNNABLE even while the system runs something else, a thread that joins a future is WAITING.
 */
final class ThreadWatch implements AutoCloseable {

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicBoolean watching = new AtomicBoolean(true);
    private final Thread watcher;

    ThreadWatch(Thread watched) {
        watcher = Thread.ofPlatform().name("thread-watch").daemon().start(() -> {
            while (watching.get()) {
                switch (watched.getState()) {
                    case RUNNABLE -> running.incrementAndGet();
                    case WAITING, TIMED_WAITING, BLOCKED -> waiting.incrementAndGet();
                    default -> { }
                }
                LockSupport.parkNanos(1_000_000);
            }
        });
    }

    /** More often seen waiting than running while it was watched. */
    boolean mostlyWaited() {
        return waiting.get() > running.get();
    }

    @Override
    public void close() throws InterruptedException {
        watching.set(false);
        watcher.join();
    }
}
