import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Four 1 s waits handed to supplyAsync without an executor, with the common pool of a machine with
 * {@code parallelism + 1} cores. Runs on any JDK from 17 on: java CommonPool.java [parallelism]
 */
public class CommonPool {

    private static final AtomicInteger waiting = new AtomicInteger();
    private static final AtomicInteger mostAtOnce = new AtomicInteger();

    public static void main(String[] args) {
        // Set before anything touches the common pool: the pool reads it once, when it is created.
        System.setProperty("java.util.concurrent.ForkJoinPool.common.parallelism", args.length > 0 ? args[0] : "1");
        long began = System.nanoTime();
        List<CompletableFuture<String>> fetches = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(CommonPool::fetch)).toList();
        List<String> threads = fetches.stream().map(CompletableFuture::join).distinct().toList();
        System.out.printf(Locale.ROOT, "JDK %d, common pool parallelism %d: 4 fetches took %.2f s on %s, %d at a time%n",
                Runtime.version().feature(), ForkJoinPool.getCommonPoolParallelism(),
                (System.nanoTime() - began) / 1e9, threads, mostAtOnce.get());
    }

    private static String fetch() {
        mostAtOnce.accumulateAndGet(waiting.incrementAndGet(), Math::max);
        try {
            Thread.sleep(1000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        waiting.decrementAndGet();
        return Thread.currentThread().getName().replaceAll("\\d+$", "N");
    }
}
