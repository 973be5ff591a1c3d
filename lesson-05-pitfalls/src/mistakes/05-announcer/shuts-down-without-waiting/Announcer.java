// Mistake: submits every announcement, calls shutdown() and returns, as if shutdown() waited for them.
// Rejected with: "guests had been announced, expected all"
package workbook.pitfalls;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/** Announces every guest of the evening, two announcers at a time. */
public final class Announcer {

    private final Consumer<String> out;

    public Announcer(Consumer<String> out) {
        this.out = out;
    }

    /** Returns once every guest has been announced. */
    public void announce(List<String> guests) throws InterruptedException, ExecutionException {
        ExecutorService announcers = Executors.newFixedThreadPool(2);
        for (String guest : guests) {
            announcers.submit(() -> out.accept("Please welcome " + guest));
        }
        announcers.shutdown(); // lets the announcements finish, then the threads end
    }
}
