package workbook.threads;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import workbook.kit.Greeting;
import workbook.kit.Timeline;

/** The talk's threading program: the same three greetings, each on a thread of its own. */
public final class ConcurrentGreetings {

    /** Three ways Java gives a task a thread of its own. */
    public enum Style {
        PLATFORM_THREADS("platform threads"),
        EXECUTOR("an executor"),
        VIRTUAL_THREADS("virtual threads");

        private final String words;

        Style(String words) {
            this.words = words;
        }

        @Override
        public String toString() {
            return words;
        }
    }

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private ConcurrentGreetings() {
    }

    // tag::run[]
    /** Prints "Started at", the greetings as they come, and "Finished at". */
    public static void run(Style style, List<Greeting> greetings, Consumer<String> out, Timeline timeline)
            throws Exception {
        ConcurrentGreeter greeter = new ConcurrentGreeter(new Greeter(out, timeline));
        out.accept("Started at " + LocalTime.now().format(CLOCK));
        switch (style) {
            case PLATFORM_THREADS -> greeter.greetWithThreads(greetings);
            case EXECUTOR -> greeter.greetWithExecutor(greetings);
            case VIRTUAL_THREADS -> greeter.greetWithVirtualThreads(greetings);
        }
        out.accept("Finished at " + LocalTime.now().format(CLOCK));
    }
    // end::run[]
}
