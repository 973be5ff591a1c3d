package workbook.futures;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import workbook.kit.Greeting;
import workbook.kit.Timeline;

/** The talk's asyncio program: three greetings started as tasks, then gathered. */
public final class GatherDemo {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private GatherDemo() {
    }

    // tag::run[]
    /** Prints the greetings as they finish and returns their messages in the order they were asked for. */
    public static List<String> run(List<Greeting> greetings, Consumer<String> out, Timeline timeline) {
        out.accept("Started at " + LocalTime.now().format(CLOCK));
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            AsyncGreeter greeter = new AsyncGreeter(threads, out, timeline);
            List<String> results = GreetingTasks.gather(greeter, greetings).join();
            out.accept("Finished at " + LocalTime.now().format(CLOCK));
            out.accept("gather returned, in the order asked: " + String.join(", ", results));
            return results;
        }
    }
    // end::run[]
}
