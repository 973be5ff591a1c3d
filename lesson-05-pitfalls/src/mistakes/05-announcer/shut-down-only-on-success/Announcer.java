// Mistake: shuts the pool down at the end of the method: skipped when an announcement fails and get() throws.
// Rejected with: "announce failed (one announcement threw), but threads it started were still alive"
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
        for (Future<?> announcement : announced) {
            announcement.get();
        }
        announcers.shutdown();
    }
}
