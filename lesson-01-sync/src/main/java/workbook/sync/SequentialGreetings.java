package workbook.sync;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import workbook.kit.Greeting;
import workbook.kit.Timeline;

/** The talk's first program: greet everyone, one after another, between two clock readings. */
public final class SequentialGreetings {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private SequentialGreetings() {
    }

    // tag::run[]
    public static void run(List<Greeting> greetings, Greeter greeter, Consumer<String> out, Timeline timeline)
            throws InterruptedException {
        out.accept("Started at " + LocalTime.now().format(CLOCK));
        for (Greeting greeting : greetings) {
            Timeline.Running running = timeline.begin(greeting.person());
            greeter.greetAfter(greeting.delay(), greeting.person()); // nothing else happens while we wait
            running.end();
        }
        out.accept("Finished at " + LocalTime.now().format(CLOCK));
    }
    // end::run[]
}
