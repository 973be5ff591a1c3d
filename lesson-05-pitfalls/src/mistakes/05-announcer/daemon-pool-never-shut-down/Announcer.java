// Mistake: makes the pool's threads daemons so the JVM exits, and still never shuts the pool down.
// Rejected with: "(daemon)"
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
        ExecutorService announcers = Executors.newFixedThreadPool(2,
                task -> Thread.ofPlatform().daemon().unstarted(task));
        List<Future<?>> announced = new ArrayList<>();
        for (String guest : guests) {
            announced.add(announcers.submit(() -> out.accept("Please welcome " + guest)));
        }
        for (Future<?> announcement : announced) {
            announcement.get();
        }
    }
}
