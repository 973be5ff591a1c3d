// Mistake: makes the pool four times as big as the workers asked for: two groups fit, eight do not.
// Rejected with: "a bigger pool only moves"
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
        this.workers = Executors.newFixedThreadPool(4 * workers, // room for the greetings too
                Thread.ofPlatform().name("group-worker-", 1).factory());
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
        List<Future<?>> hellos = new ArrayList<>();
        for (Greeting greeting : group) {
            hellos.add(workers.submit(greeter.task(greeting)));
        }
        for (Future<?> hello : hellos) {
            hello.get(); // a worker of the pool, waiting for tasks queued in its own pool
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
