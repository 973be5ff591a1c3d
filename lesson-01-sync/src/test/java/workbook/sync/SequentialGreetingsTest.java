package workbook.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.kit.Timing.seconds;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import workbook.kit.Greeting;
import workbook.kit.Timeline;
import workbook.kit.Timing;

/** Only waits: may run beside other tests. */
@Execution(ExecutionMode.CONCURRENT)
class SequentialGreetingsTest {

    private final List<String> printed = new CopyOnWriteArrayList<>();
    private final Timeline timeline = Timeline.startingNow();

    @Test
    void threeGreetingsOneAfterAnotherTakeSixSeconds() {
        Timing.of("the 3 s, 2 s and 1 s greetings, one after another,")
                .shouldTakeBetween(seconds(5.8), seconds(7))
                .hint("each greeting should wait its full delay, and the next should start only then")
                .showing(timeline)
                .run(() -> SequentialGreetings.run(Greeting.TALK, new Greeter(printed::add), printed::add, timeline));

        assertThat(printed).hasSize(5);
        assertThat(printed.getFirst()).matches("Started at \\d\\d:\\d\\d:\\d\\d");
        assertThat(printed.subList(1, 4)).containsExactly(
                "Hello Guido van Rossum 👋", "Hello Sebastián Ramírez 👋", "Hello Luciano Ramalho 👋");
        assertThat(printed.getLast()).matches("Finished at \\d\\d:\\d\\d:\\d\\d");

        List<Timeline.Span> spans = timeline.spans();
        assertThat(spans).extracting(Timeline.Span::task)
                .containsExactly("Guido van Rossum", "Sebastián Ramírez", "Luciano Ramalho");
        for (int i = 1; i < spans.size(); i++) {
            assertThat(spans.get(i).start())
                    .as("a greeting starts only after the one before it ended\n%s", timeline)
                    .isGreaterThanOrEqualTo(spans.get(i - 1).end());
        }
        assertThat(spans).extracting(Timeline.Span::thread).containsOnly("timed-work");
    }
}
