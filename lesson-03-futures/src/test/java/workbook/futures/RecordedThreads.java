package workbook.futures;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import workbook.kit.Timeline;

/**
 * A factory of named virtual threads that keeps every thread it made and when, so a test can ask
 * which threads ran the work, when each task started, and what each thread is doing now.
 */
final class RecordedThreads implements ThreadFactory {

    private final ThreadFactory virtual;
    private final Timeline clock;
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final List<Duration> madeAt = new CopyOnWriteArrayList<>();

    RecordedThreads(String prefix, Timeline clock) {
        this.virtual = Thread.ofVirtual().name(prefix, 1).factory();
        this.clock = clock;
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = virtual.newThread(task);
        madeAt.add(clock.now());
        threads.add(thread);
        return thread;
    }

    List<Thread> threads() {
        return List.copyOf(threads);
    }

    /** When each thread was made (one task each), in the order they were made. */
    List<Duration> madeAt() {
        return List.copyOf(madeAt);
    }
}
