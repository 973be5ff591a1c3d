package workbook.eventloop;

import java.time.Duration;
import java.util.function.Consumer;
import workbook.kit.Clock;

/**
 * Step 2, runnable: the JSConfEU example. "Hi" and "JSConfEU" print at once; the timer's callback
 * waits in the timer heap, not on the stack, and prints "there" when its delay is over.
 */
public final class HiJSConfEU {

    /** The delay in the talk's example. */
    public static final Duration TALK_DELAY = Duration.ofSeconds(5);

    private HiJSConfEU() {
    }

    // tag::demo[]
    public static void run(Clock clock, Duration delay, Consumer<String> out) {
        EventLoop.run(clock, loop -> {
            out.accept("Hi");
            loop.setTimeout("cb", delay, () -> out.accept("there"));
            out.accept("JSConfEU");
        }); // returns once the timer has fired: nothing is left to do
    }
    // end::demo[]
}
