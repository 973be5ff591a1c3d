package workbook.futures;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import workbook.kit.Timeline;

/** A page built from three services of about 1 s each: together, then with one service down. */
public final class PageDemo {

    private PageDemo() {
    }

    // tag::run[]
    /** Loads a page for a session, then the same page with the posts service down, both ways. */
    public static Page run(Consumer<String> out, Timeline timeline) {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            PageLoader loader = new PageLoader(new SlowBackend(Duration.ofSeconds(1), timeline), threads);
            long start = System.nanoTime();
            Page page = loader.loadForSession("session-anand").join();
            out.accept("page for session-anand in " + Timeline.seconds(Duration.ofNanos(System.nanoTime() - start))
                    + ": " + page);

            PageLoader broken = new PageLoader(new SlowBackend(Duration.ofSeconds(1), Timeline.startingNow(),
                    Set.of("posts")), threads);
            try {
                broken.load("anand").join();
            } catch (RuntimeException failure) {
                out.accept("with the posts service down, load() fails with: " + Causes.unwrap(failure));
            }
            out.accept("with the posts service down, loadDegraded() gives: " + broken.loadDegraded("anand").join());
            return page;
        }
    }
    // end::run[]
}
