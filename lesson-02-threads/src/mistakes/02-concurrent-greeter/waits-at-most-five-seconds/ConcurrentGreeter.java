// Mistake: joins each greeting's thread for at most 5 s, more than the talk's longest: a longer greeting is left running.
// Rejected with: "gave up on a greeting that was still running"
package workbook.threads;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import workbook.kit.Greeting;

/**
 * Greets everyone at once: each greeting waits on a thread of its own, so 3 s, 2 s and 1 s of
 * waiting take 3 s, not 6, and the 1 s greeting comes first.
 *
 * <p>SOLUTION: start everything first, then wait for everything. The waits overlap, so the
 * whole takes as long as the longest greeting.
 */
public final class ConcurrentGreeter {

    /** Longer than any greeting: the talk's longest is 3 s. */
    private static final Duration LONGEST_GREETING = Duration.ofSeconds(5);

    private final Greeter greeter;

    public ConcurrentGreeter(Greeter greeter) {
        this.greeter = greeter;
    }

    // tag::threads[]
    /** One platform thread per greeting. */
    public void greetWithThreads(List<Greeting> greetings) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < greetings.size(); i++) {
            threads.add(Thread.ofPlatform().name("greeter-" + (i + 1)).start(greeter.task(greetings.get(i))));
        }
        for (Thread thread : threads) {
            thread.join(LONGEST_GREETING); // all are running by now: waiting for one no longer holds the others back
        }
    }
    // end::threads[]

    // tag::executor[]
    /** A pool of platform threads, one per greeting, that runs the greetings as tasks. */
    public void greetWithExecutor(List<Greeting> greetings) throws InterruptedException, ExecutionException {
        try (ExecutorService pool = Executors.newFixedThreadPool(greetings.size(),
                Thread.ofPlatform().name("greeter-pool-", 1).factory())) {
            List<Future<?>> futures = new ArrayList<>();
            for (Greeting greeting : greetings) {
                futures.add(pool.submit(greeter.task(greeting)));
            }
            for (Future<?> future : futures) {
                future.get(); // rethrows a task's failure, if any
            }
        }
    }
    // end::executor[]

    // tag::virtual[]
    /** One virtual thread per greeting: as cheap to start as a task, as easy to write as a thread. */
    public void greetWithVirtualThreads(List<Greeting> greetings) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < greetings.size(); i++) {
            threads.add(Thread.ofVirtual().name("virtual-greeter-" + (i + 1)).start(greeter.task(greetings.get(i))));
        }
        for (Thread thread : threads) {
            thread.join(LONGEST_GREETING);
        }
    }
    // end::virtual[]
}
