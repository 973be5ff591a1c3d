// Mistake: shuts the pool down with shutdownNow() right after submitting: queued announcements are dropped.
// Rejected with: "announce had not returned 5 s after it was called"
package workbook.pitfalls;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

public final class Announcer {

    private final Consumer<String> out;

    public Announcer(Consumer<String> out) {
        this.out = out;
    }

    /** Returns once every guest has been announced. */
    public void announce(List<String> guests) throws InterruptedException, ExecutionException {
        ExecutorService announcers = Executors.newFixedThreadPool(2);
        List<Future<?>> announced = new ArrayList<>();
        for (String guest : guests) {
            announced.add(announcers.submit(() -> out.accept("Please welcome " + guest)));
        }
        announcers.shutdownNow();
        for (Future<?> announcement : announced) {
            announcement.get();
        }
    }
}
