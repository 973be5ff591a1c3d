// Mistake: starts everything, then waits for each with a Thread.onSpinWait() loop instead of join or get.
// Rejected with: "of CPU while it waited for a greeting"
package workbook.threads;

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

 */
public final class ConcurrentGreeter {

    private final Greeter greeter;

    public ConcurrentGreeter(Greeter greeter) {
        this.greeter = greeter;
    }

    /** One platform thread per greeting. */
    public void greetWithThreads(List<Greeting> greetings) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < greetings.size(); i++) {
            threads.add(Thread.ofPlatform().name("greeter-" + (i + 1)).start(greeter.task(greetings.get(i))));
        }
        for (Thread thread : threads) {
            while (thread.isAlive()) {
                Thread.onSpinWait(); // a hint to the CPU: cheaper than a join, no trip through the scheduler
            }
        }
    }

    /** A pool of platform threads, one per greeting, that runs the greetings as tasks. */
    public void greetWithExecutor(List<Greeting> greetings) throws InterruptedException, ExecutionException {
        try (ExecutorService pool = Executors.newFixedThreadPool(greetings.size(),
                Thread.ofPlatform().name("greeter-pool-", 1).factory())) {
            List<Future<?>> futures = new ArrayList<>();
            for (Greeting greeting : greetings) {
                futures.add(pool.submit(greeter.task(greeting)));
            }
            for (Future<?> future : futures) {
                while (!future.isDone()) {
                    Thread.onSpinWait();
                }
                future.get(); // done: rethrows a task's failure, if any, without waiting
            }
        }
    }

    /** One virtual thread per greeting: as cheap to start as a task, as easy to write as a thread. */
    public void greetWithVirtualThreads(List<Greeting> greetings) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < greetings.size(); i++) {
            threads.add(Thread.ofVirtual().name("virtual-greeter-" + (i + 1)).start(greeter.task(greetings.get(i))));
        }
        for (Thread thread : threads) {
            while (thread.isAlive()) {
                Thread.onSpinWait();
            }
        }
    }
}
