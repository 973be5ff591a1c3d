package workbook.pitfalls;

import java.time.Duration;

/** A network call that answers after a second: the calling thread just waits (blocking I/O). */
public final class SlowNetwork {

    /** How long every call waits for its answer. */
    public static final Duration LATENCY = Duration.ofSeconds(1);

    private SlowNetwork() {
    }

    /** Fetches a page: blocks the calling thread for {@link #LATENCY}, then says which thread waited. */
    public static String fetch(String page) {
        try {
            Thread.sleep(LATENCY);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("fetching " + page + " was interrupted", interrupted);
        }
        Thread thread = Thread.currentThread();
        return page + " fetched on " + (thread.isVirtual() ? "a virtual thread" : thread.getName());
    }
}
