package workbook.threads;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import workbook.kit.Greeting;

/**
 * Greets everyone at once: each greeting waits on a thread of its own, so 3 s, 2 s and 1 s of
 * waiting should take 3 s, not 6.
 *
 * <p>EXERCISE: every greeting gets its own thread, and still the greetings take 6 s and come in
 * the list's order. Run {@code ./workbook run 02-concurrent-greeter} and read what
 * {@code ConcurrentGreeterTest} measured.
 */
public final class ConcurrentGreeter {

    private final Greeter greeter;

    public ConcurrentGreeter(Greeter greeter) {
        this.greeter = greeter;
    }

    // tag::threads[]
    /** One platform thread per greeting. */
    public void greetWithThreads(List<Greeting> greetings) throws InterruptedException {
        for (int i = 0; i < greetings.size(); i++) {
            Thread thread = Thread.ofPlatform().name("greeter-" + (i + 1)).start(greeter.task(greetings.get(i)));
            // TODO: three threads, and still they take turns. When does the second one start?
            thread.join();
        }
    }
    // end::threads[]

    // tag::executor[]
    /** A pool of platform threads, one per greeting, that runs the greetings as tasks. */
    public void greetWithExecutor(List<Greeting> greetings) throws InterruptedException, ExecutionException {
        try (ExecutorService pool = Executors.newFixedThreadPool(greetings.size(),
                Thread.ofPlatform().name("greeter-pool-", 1).factory())) {
            for (Greeting greeting : greetings) {
                // TODO: a pool of three, and still one task at a time. When is the second one submitted?
                pool.submit(greeter.task(greeting)).get();
            }
        }
    }
    // end::executor[]

    // tag::virtual[]
    /** One virtual thread per greeting: as cheap to start as a task, as easy to write as a thread. */
    public void greetWithVirtualThreads(List<Greeting> greetings) throws InterruptedException {
        for (int i = 0; i < greetings.size(); i++) {
            // TODO: the same question as in greetWithThreads.
            Thread.ofVirtual().name("virtual-greeter-" + (i + 1)).start(greeter.task(greetings.get(i))).join();
        }
    }
    // end::virtual[]
}
