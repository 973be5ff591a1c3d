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
 * <p>EXERCISE: an executor nobody shuts down. Run {@code ./workbook run 05-announcer}
 * and read what its tests found.
 */
public final class Announcer {

    private final Consumer<String> out;

    public Announcer(Consumer<String> out) {
        this.out = out;
    }

    // tag::announce[]
    /** Returns once every guest has been announced. */
    public void announce(List<String> guests) throws InterruptedException, ExecutionException {
        // TODO: once every guest is announced, what becomes of this pool and its two threads? And if an
        //  announcement fails?
        ExecutorService announcers = Executors.newFixedThreadPool(2);
        List<Future<?>> announced = new ArrayList<>();
        for (String guest : guests) {
            announced.add(announcers.submit(() -> out.accept("Please welcome " + guest)));
        }
        for (Future<?> announcement : announced) {
            announcement.get();
        }
    }
    // end::announce[]
}
