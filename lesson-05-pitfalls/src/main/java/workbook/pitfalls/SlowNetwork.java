package workbook.pitfalls;

import java.time.Duration;

/** A network call that answers after a second: the calling thread just waits (blocking I/O). */
public final class SlowNetwork {

    /** How long every call waits for its answer. */
    public static final Duration LATENCY = Duration.ofSeconds(1);

    /** {@code -Dslownetwork.show=true} prints a line as each call starts waiting, naming its thread, and one as it ends. */
    public static final String SHOW_WAITS = "-Dslownetwork.show=true";

    /** How a waiting line starts: {@code waiting for /board/1 on worker-1}. */
    public static final String WAITING = "waiting for ";

    /** How the line printed as a call's wait ends starts: {@code done waiting for /board/1}. */
    public static final String DONE = "done waiting for ";

    private static final boolean SHOW = Boolean.getBoolean("slownetwork.show");

    private SlowNetwork() {
    }

    /** Fetches a page: blocks the calling thread for {@link #LATENCY}, then says which thread waited. */
    public static String fetch(String page) {
        if (SHOW) {
            System.out.println(WAITING + page + " on " + describe(Thread.currentThread()));
        }
        try {
            Thread.sleep(LATENCY);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("fetching " + page + " was interrupted", interrupted);
        }
        if (SHOW) {
            System.out.println(DONE + page);
        }
        return page + " fetched on " + describe(Thread.currentThread());
    }

    private static String describe(Thread thread) {
        return thread.isVirtual() ? "a virtual thread" : thread.getName();
    }
}
