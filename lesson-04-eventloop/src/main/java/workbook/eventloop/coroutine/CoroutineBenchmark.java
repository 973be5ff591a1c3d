package workbook.eventloop.coroutine;

import static workbook.eventloop.coroutine.Coroutine.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import workbook.eventloop.promise.Promise;
import workbook.eventloop.promise.PromiseLoop;

/**
 * N coroutines each awaiting a 1 s sleep, gathered with {@code Promise.all}: the loop's answer to
 * {@code asyncio.gather(*(asyncio.sleep(1) for _ in range(n)))}, and the same with N virtual
 * threads. Prints the wall time; run it under {@code /usr/bin/time -v} for the peak memory.
 *
 * <p>Usage: {@code CoroutineBenchmark coroutines|virtual-threads N}.
 */
public final class CoroutineBenchmark {

    private CoroutineBenchmark() {
    }

    // tag::coroutines[]
    /** N async functions, each awaiting its own 1 s sleep, all awaited together. */
    public static Duration coroutines(int n) {
        long start = System.nanoTime();
        PromiseLoop.run(loop -> loop.async(() -> {
            List<Promise<Void>> sleepers = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                sleepers.add(loop.async(() -> {
                    await(loop.sleep(Duration.ofSeconds(1)));
                }));
            }
            await(Promise.all(sleepers));
        }));
        return Duration.ofNanos(System.nanoTime() - start);
    }
    // end::coroutines[]

    /** N virtual threads, each sleeping 1 s, all joined. */
    public static Duration virtualThreads(int n) throws InterruptedException {
        long start = System.nanoTime();
        AtomicInteger woke = new AtomicInteger();
        List<Thread> threads = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    Thread.sleep(Duration.ofSeconds(1));
                    woke.incrementAndGet();
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    public static void main(String[] args) throws InterruptedException {
        String way = args.length > 0 ? args[0] : "coroutines";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Duration took = way.equals("virtual-threads") ? virtualThreads(n) : coroutines(n);
        System.out.printf("%s: %,d sleeping 1 s took %.2f s%n", way, n, took.toNanos() / 1e9);
    }
}
