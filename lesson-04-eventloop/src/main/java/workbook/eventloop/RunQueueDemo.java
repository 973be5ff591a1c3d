package workbook.eventloop;

import java.util.List;
import java.util.function.Consumer;

/**
 * Step 1, runnable: three greetings taking turns on one thread. Each greeting does a little, then
 * queues the rest of its work behind the others, so their lines interleave without any thread.
 */
public final class RunQueueDemo {

    private RunQueueDemo() {
    }

    // tag::demo[]
    public static void run(List<String> people, Consumer<String> out) {
        RunQueue.run(queue -> {
            out.accept("main: queueing " + people.size() + " greetings");
            for (String person : people) {
                queue.submit(() -> {
                    out.accept("Hello " + person);
                    queue.submit(() -> out.accept("  ...and goodbye " + person)); // the rest, behind the others
                });
            }
            out.accept("main: done, the loop takes over");
        });
        out.accept("queue empty: the loop has stopped");
    }
    // end::demo[]
}
