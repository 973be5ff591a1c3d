package workbook.futures;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.Consumer;

/**
 * Which thread runs each stage of a future? {@code thenApply} runs on whichever thread completes the
 * stage before it (or on the caller, if that stage is already done); {@code thenApplyAsync} runs on
 * an executor: the common pool unless you name one, such as a pool of your own or virtual threads.
 */
public final class ThreadTour {

    /** The kinds of thread a stage can end up on. */
    public enum Kind {
        /** The thread that attached the stage. */
        CALLER,
        /** The thread that completed the stage before. */
        COMPLETER,
        /** A worker of {@link ForkJoinPool#commonPool()}. */
        COMMON_POOL,
        /** A thread of an executor this program made. */
        OWN_POOL,
        /** A virtual thread. */
        VIRTUAL,
        OTHER
    }

    /** One stage, and where it ran. */
    public record Hop(String stage, String thread, Kind kind) {
        @Override
        public String toString() {
            return "%-50s → %-36s %s".formatted(stage, thread, kind);
        }
    }

    static final String COMPLETER = "completer";
    static final String OWN_POOL = "own-pool-";

    private ThreadTour() {
    }

    // tag::run[]
    /** Runs one stage of each kind, prints where it ran, and returns the hops. */
    public static List<Hop> run(Consumer<String> out) {
        Thread caller = Thread.currentThread();
        List<Hop> hops = new ArrayList<>();
        try (ExecutorService own = Executors.newFixedThreadPool(2, Thread.ofPlatform().name(OWN_POOL, 1).factory());
             ExecutorService virtual = Executors.newVirtualThreadPerTaskExecutor()) {

            hops.add(CompletableFuture.completedFuture("done")
                    .thenApply(x -> hop("thenApply on a future that is already done", caller)).join());

            CompletableFuture<String> later = new CompletableFuture<>();
            CompletableFuture<Hop> attached = later.thenApply(x -> hop("thenApply attached before completion", caller));
            Thread.ofPlatform().name(COMPLETER).start(() -> later.complete("done")); // the completer runs the stage
            hops.add(attached.join());

            CompletableFuture<String> done = CompletableFuture.completedFuture("done");
            hops.add(done.thenApplyAsync(x -> hop("thenApplyAsync without an executor", caller)).join());
            hops.add(done.thenApplyAsync(x -> hop("thenApplyAsync on a pool of our own", caller), own).join());
            hops.add(CompletableFuture.supplyAsync(() -> hop("supplyAsync on a virtual-thread executor", caller),
                    virtual).join());
        }
        hops.forEach(hop -> out.accept(hop.toString()));
        return hops;
    }
    // end::run[]

    private static Hop hop(String stage, Thread caller) {
        Thread here = Thread.currentThread();
        return new Hop(stage, here.isVirtual() ? "virtual #" + here.threadId() : here.getName(), kindOf(here, caller));
    }

    static Kind kindOf(Thread thread, Thread caller) {
        if (thread == caller) {
            return Kind.CALLER;
        }
        if (thread.isVirtual()) {
            return Kind.VIRTUAL;
        }
        if (thread instanceof ForkJoinWorkerThread worker && worker.getPool() == ForkJoinPool.commonPool()) {
            return Kind.COMMON_POOL;
        }
        if (thread.getName().startsWith(OWN_POOL)) {
            return Kind.OWN_POOL;
        }
        return thread.getName().equals(COMPLETER) ? Kind.COMPLETER : Kind.OTHER;
    }
}
