package workbook.pitfalls;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Announces the guests, two at a time, on a small thread pool.
 *
 * <p>SOLUTION: the pool lives inside a try-with-resources block; closing it waits for the work and
 * stops its threads, so nothing is left to keep the JVM alive.
 */
public final class Announcer {

    private final Consumer<String> out;

    public Announcer(Consumer<String> out) {
        this.out = out;
    }

    // tag::announce[]
    /** Returns once every guest has been announced. */
    public void announce(List<String> guests) throws InterruptedException, ExecutionException {
        try (ExecutorService announcers = Executors.newFixedThreadPool(2)) { // close() shuts it down
            List<Future<?>> announced = new ArrayList<>();
            for (String guest : guests) {
                announced.add(announcers.submit(() -> out.accept("Please welcome " + guest)));
            }
            for (Future<?> announcement : announced) {
                announcement.get();
            }
        }
    }
    // end::announce[]
}
