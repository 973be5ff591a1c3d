// Mistake: gives the greetings an executor of their own, and forgets it in close().
// Rejected with: "were not shut down"
package workbook.threads;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import workbook.kit.Greeting;
import workbook.kit.Timeline;

/**
 * Greets groups of people: one task per group, which hands out one task per person and waits
 * for them all, like the talk's {@code gather}.
 *
 */
public final class GroupGreeter implements AutoCloseable {

    private final Greeter greeter;
    private final ExecutorService workers;
    private final ExecutorService hellos = Executors.newVirtualThreadPerTaskExecutor();

    /** A fixed pool of {@code workers} platform threads does the greeting. */
    public GroupGreeter(int workers, Consumer<String> out) {
        this.greeter = new Greeter(out, Timeline.startingNow());
        this.workers = Executors.newFixedThreadPool(workers, Thread.ofPlatform().name("group-worker-", 1).factory());
    }

    // tag::greet-groups[]
    /** Greets everyone, one task per group; returns when every person has been greeted. */
    public void greetGroups(List<List<Greeting>> groups) throws InterruptedException, ExecutionException {
        List<Future<?>> groupTasks = new ArrayList<>();
        for (List<Greeting> group : groups) {
            groupTasks.add(workers.submit(() -> greetGroup(group)));
        }
        for (Future<?> groupTask : groupTasks) {
            groupTask.get();
        }
    }

    private Void greetGroup(List<Greeting> group) throws InterruptedException, ExecutionException {
        List<Future<?>> greetings = new ArrayList<>();
        for (Greeting greeting : group) {
            greetings.add(hellos.submit(greeter.task(greeting))); // not the workers' pool: no queue to starve in
        }
        for (Future<?> greeting : greetings) {
            greeting.get();
        }
        return null;
    }
    // end::greet-groups[]

    /** Stops the workers, interrupting any that are stuck. */
    @Override
    public void close() {
        workers.shutdownNow();
    }
}
