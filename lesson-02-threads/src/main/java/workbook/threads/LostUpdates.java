package workbook.threads;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/** The race condition: many threads count on one {@link HitCounter} at the same time. */
public final class LostUpdates {

    /** One run: how many hits were made, and how many the counter kept. */
    public record Result(long expected, long counted) {
        public long lost() {
            return expected - counted;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "expected %d, counted %d: %d updates lost", expected, counted, lost());
        }
    }

    private LostUpdates() {
    }

    // tag::run[]
    /** {@code threads} threads, released together, each count {@code hitsEach} hits on {@code counter}. */
    public static Result run(HitCounter counter, int threads, int hitsEach, Consumer<String> out)
            throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> counting = new ArrayList<>();
        for (int t = 1; t <= threads; t++) {
            counting.add(Thread.ofPlatform().name("counter-" + t).daemon().start(() -> {
                try {
                    go.await(); // every thread starts counting at the same moment
                    for (int hit = 0; hit < hitsEach; hit++) {
                        counter.increment();
                    }
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        go.countDown();
        for (Thread thread : counting) {
            thread.join();
        }
        Result result = new Result((long) threads * hitsEach, counter.count());
        out.accept(threads + " threads × " + hitsEach + " hits: " + result);
        return result;
    }
    // end::run[]
}
