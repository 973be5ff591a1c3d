package workbook.threads;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.kit.Timing.seconds;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import workbook.kit.Goal;
import workbook.kit.Greeting;
import workbook.kit.Timeline;
import workbook.kit.Timing;
import workbook.threads.ConcurrentGreetings.Style;

class ConcurrentGreeterTest {

    private final List<String> printed = new CopyOnWriteArrayList<>();
    private final Timeline timeline = Timeline.startingNow();

    @Test
    @Goal(exercise = ConcurrentGreeter.class, failsBecause = "expected between 2.80 s and 3.60 s")
    void platformThreadsGreetEveryoneInThreeSeconds() {
        greetConcurrently(Style.PLATFORM_THREADS, "ConcurrentGreeter.greetWithThreads");
    }

    @Test
    @Goal(exercise = ConcurrentGreeter.class, failsBecause = "expected between 2.80 s and 3.60 s")
    void anExecutorGreetsEveryoneInThreeSeconds() {
        greetConcurrently(Style.EXECUTOR, "ConcurrentGreeter.greetWithExecutor");
    }

    @Test
    @Goal(exercise = ConcurrentGreeter.class, failsBecause = "expected between 2.80 s and 3.60 s")
    void virtualThreadsGreetEveryoneInThreeSeconds() {
        greetConcurrently(Style.VIRTUAL_THREADS, "ConcurrentGreeter.greetWithVirtualThreads");
    }

    private void greetConcurrently(Style style, String where) {
        Timing.of("greeting after 3 s, 2 s and 1 s on " + style)
                .shouldTakeBetween(seconds(2.8), seconds(3.6))
                .hint("together they should take as long as the longest one. Look at " + where
                        + ": does it wait for each greeting before starting the next?")
                .showing(timeline)
                .run(() -> ConcurrentGreetings.run(style, Greeting.TALK, printed::add, timeline));

        assertThat(printed.subList(1, 4))
                .as("the shortest wait ends first, so Luciano (1 s) is greeted first and Guido (3 s) last\n%s", timeline)
                .containsExactly("Hello Luciano Ramalho 👋", "Hello Sebastián Ramírez 👋", "Hello Guido van Rossum 👋");
        assertThat(timeline.spans()).extracting(Timeline.Span::thread).doesNotHaveDuplicates();
    }

    @Test
    void everyGreetingWaitsItsFullDelayAndIsPrintedOnce() throws Exception {
        ConcurrentGreetings.run(Style.VIRTUAL_THREADS, Greeting.group(Duration.ofMillis(300), "Ada", "Grace"),
                printed::add, timeline);

        assertThat(printed.getFirst()).matches("Started at \\d\\d:\\d\\d:\\d\\d");
        assertThat(printed.subList(1, 3)).containsExactlyInAnyOrder("Hello Ada 👋", "Hello Grace 👋");
        assertThat(printed.getLast()).matches("Finished at \\d\\d:\\d\\d:\\d\\d");
        assertThat(timeline.spans()).allSatisfy(span -> {
            assertThat(span.length()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
            assertThat(span.thread()).endsWith("(virtual)");
        });
    }
}
