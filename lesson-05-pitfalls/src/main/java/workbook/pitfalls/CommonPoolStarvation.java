package workbook.pitfalls;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
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
    public static final List<String> PAGES = pages(4);

    /** Printed just before the pages are fetched, and just after all have arrived. */
    public static final String STARTED = started(PAGES.size());
    public static final String FINISHED = finished(PAGES.size());

    private CommonPoolStarvation() {
    }

    /** {@code /board/1} to {@code /board/count}. */
    public static List<String> pages(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(board -> "/board/" + board).toList();
    }

    public static String started(int pages) {
        return "fetching " + pages + " pages";
    }

    public static String finished(int pages) {
        return "all " + pages + " pages fetched";
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
        out.accept("The common pool has %d worker%s here%s".formatted(ForkJoinPool.getCommonPoolParallelism(),
                ForkJoinPool.getCommonPoolParallelism() == 1 ? "" : "s",
                ForkJoinPool.getCommonPoolParallelism() == 1 ? ", as on a 2-core machine" : ""));
        out.accept("The mistake: supplyAsync with no executor");
        fetch(out, CommonPoolStarvation::fetchOnTheCommonPool, PAGES);
        out.accept("The fix: Downloads gives every wait a virtual thread");
        fetch(out, new Downloads()::fetchAll, PAGES);
    }

    private static void fetch(Consumer<String> out, Function<List<String>, List<String>> fetcher, List<String> pages) {
        out.accept(started(pages.size()));
        long start = System.nanoTime();
        fetcher.apply(pages).forEach(page -> out.accept("  " + page));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        out.accept(finished(pages.size()));
        out.accept("took " + Timeline.seconds(took));
    }

    /**
     * A program for a JVM of its own: {@code mistake} or {@code fix} fetches the pages one way (four, or
     * as many as the second argument says), anything else shows both.
     */
    public static void main(String[] args) {
        Consumer<String> out = System.out::println;
        List<String> pages = args.length > 1 ? pages(Integer.parseInt(args[1])) : PAGES;
        switch (args.length == 0 ? "" : args[0]) {
            case "mistake" -> fetch(out, CommonPoolStarvation::fetchOnTheCommonPool, pages);
            case "fix" -> fetch(out, new Downloads()::fetchAll, pages);
            default -> run(out);
        }
    }
}
