package workbook.pitfalls;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.Function;
import workbook.kit.Timeline;

/**
 * Pitfall 5: {@code supplyAsync} without an executor runs on the common pool, sized for computing.
 *
 * <p>The common pool has one worker per core but one: a single worker on a 2-core machine. Tasks
 * that block take a worker each for as long as they wait, and the rest queue behind them. Run with
 * {@code -Djava.util.concurrent.ForkJoinPool.common.parallelism=1} to be that machine, whatever yours is.
 */
public final class CommonPoolStarvation {

    /** The JVM option that gives the common pool the single worker of a 2-core machine. */
    public static final String ONE_WORKER = "-Djava.util.concurrent.ForkJoinPool.common.parallelism=1";

    /** Four pages, one second of waiting each. */
    public static final List<String> PAGES = List.of("/board/1", "/board/2", "/board/3", "/board/4");

    /** Printed just before the pages are fetched, and just after all have arrived. */
    public static final String STARTED = "fetching " + PAGES.size() + " pages";
    public static final String FINISHED = "all " + PAGES.size() + " pages fetched";

    private CommonPoolStarvation() {
    }

    // tag::mistake[]
    /** The mistake: blocking calls handed to supplyAsync with no executor, hence to the common pool. */
    public static List<String> fetchOnTheCommonPool(List<String> pages) {
        List<CompletableFuture<String>> pending = pages.stream()
                .map(page -> CompletableFuture.supplyAsync(() -> SlowNetwork.fetch(page)))
                .toList();
        return pending.stream().map(CompletableFuture::join).toList();
    }
    // end::mistake[]

    /** Fetches {@link #PAGES} the mistaken way and then with {@link Downloads}, timing both. */
    public static void run(Consumer<String> out) {
        out.accept("The common pool has %d worker(s) here%s".formatted(ForkJoinPool.getCommonPoolParallelism(),
                ForkJoinPool.getCommonPoolParallelism() == 1 ? ", as on a 2-core machine" : ""));
        out.accept("The mistake: supplyAsync with no executor");
        fetch(out, CommonPoolStarvation::fetchOnTheCommonPool);
        out.accept("The fix: Downloads gives every wait a virtual thread");
        fetch(out, new Downloads()::fetchAll);
    }

    private static void fetch(Consumer<String> out, Function<List<String>, List<String>> fetcher) {
        out.accept(STARTED);
        long start = System.nanoTime();
        fetcher.apply(PAGES).forEach(page -> out.accept("  " + page));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        out.accept(FINISHED);
        out.accept("took " + Timeline.seconds(took));
    }

    /**
     * A program for a JVM of its own: {@code mistake} or {@code fix} fetches the pages one way, anything
     * else shows both.
     */
    public static void main(String[] args) {
        Consumer<String> out = System.out::println;
        switch (args.length == 0 ? "" : args[0]) {
            case "mistake" -> fetch(out, CommonPoolStarvation::fetchOnTheCommonPool);
            case "fix" -> fetch(out, new Downloads()::fetchAll);
            default -> run(out);
        }
    }
}
