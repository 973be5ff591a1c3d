// Mistake: closes the pool right, but catches a failed announcement and carries on: the caller never hears of it.
// Rejected with: "did not throw that failure"
package workbook.pitfalls;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** Announces every guest of the evening, two announcers at a time. */
public final class Announcer {

    private final Consumer<String> out;

    public Announcer(Consumer<String> out) {
        this.out = out;
    }

    /** Returns once every guest has been announced. */
    public void announce(List<String> guests) throws InterruptedException, ExecutionException {
        try (ExecutorService announcers = Executors.newFixedThreadPool(2)) { // close() shuts it down
            List<Future<?>> announced = new ArrayList<>();
            for (String guest : guests) {
                announced.add(announcers.submit(() -> out.accept("Please welcome " + guest)));
            }
            for (Future<?> announcement : announced) {
                try {
                    announcement.get();
                } catch (ExecutionException failed) {
                    out.accept("could not announce: " + failed.getCause().getMessage()); // the show goes on
                }
            }
        }
    }
}
