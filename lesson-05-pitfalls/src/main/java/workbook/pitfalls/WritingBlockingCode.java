package workbook.pitfalls;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import workbook.kit.Greeting;
import workbook.kit.Timeline;

/** Pitfall 3, the talk's "writing blocking code": 10, 2 and 3 s awaited one by one take 15 s. */
public final class WritingBlockingCode {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private WritingBlockingCode() {
    }

    // tag::mistake[]
    /** The mistake: each greeting is awaited before the next one starts, so the waits add up. */
    public static void oneByOne(List<Greeting> greetings, AsyncGreeter greeter) {
        for (Greeting greeting : greetings) {
            greeter.greetAfter(greeting).join();
        }
    }
    // end::mistake[]

    /** Runs the mistake, then {@link Greetings#greetAll}; prints the greetings, the clock and a timeline. */
    public static void run(Consumer<String> out) {
        out.accept("The mistake: awaiting one greeting after another");
        Timeline oneByOne = Timeline.startingNow();
        program(out, oneByOne, () -> oneByOne(Greeting.BLOCKING_CODE_TALK, new AsyncGreeter(out, oneByOne)));
        out.accept("");
        out.accept("The fix: start them all, then wait for all of them");
        Timeline gathered = Timeline.startingNow();
        program(out, gathered, () -> new Greetings(new AsyncGreeter(out, gathered)).greetAll(Greeting.BLOCKING_CODE_TALK));
    }

    private static void program(Consumer<String> out, Timeline timeline, Runnable body) {
        long start = System.nanoTime();
        out.accept("Started at " + LocalTime.now().format(CLOCK));
        body.run();
        out.accept("Finished at " + LocalTime.now().format(CLOCK));
        out.accept("Program finished in " + Timeline.seconds(Duration.ofNanos(System.nanoTime() - start)));
        out.accept(timeline.toString().stripTrailing());
    }
}
