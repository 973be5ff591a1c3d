// Mistake: runs each greeting right there in the group's task, one after another: nothing is queued, nothing starves.
// Rejected with: "inside greetGroup"
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
 * <p>EXERCISE: with two workers and two groups, not a single person is ever greeted. Run
 * {@code ./workbook run 02-group-greeter} and read what {@code GroupGreeterTest} found.
 */
public final class GroupGreeter implements AutoCloseable {

    private final Greeter greeter;
    private final ExecutorService workers;

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
        for (Greeting greeting : group) {
            greeter.task(greeting).run(); // no queue, no waiting for other workers
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
