package workbook.pitfalls;

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

/** The mistake of pitfall 3 as the chapter shows it: the talk's greetings awaited one by one take 15 s. */
@Execution(ExecutionMode.CONCURRENT)
class WritingBlockingCodeTest {

    private final List<String> printed = new CopyOnWriteArrayList<>();
    private final Timeline timeline = Timeline.startingNow();

    @Test
    void awaitedOneByOneTheGreetingsTakeFifteenSeconds() {

        Timing.of("the talk's guests awaited one by one (10 s, 2 s and 3 s)")
                .shouldTakeBetween(seconds(14.8), seconds(16.5))
                .hint("each greeting should start only when the one before it has been said")
                .showing(timeline)
                .run(() -> WritingBlockingCode.oneByOne(Greeting.BLOCKING_CODE_TALK, new AsyncGreeter(printed::add, timeline)));

        assertThat(printed).containsExactly(
                "Hello Guido van Rossum 👋", "Hello Sebastián Ramírez 👋", "Hello Luciano Ramalho 👋");
        List<Timeline.Span> spans = timeline.spans();
        for (int i = 1; i < spans.size(); i++) {
            assertThat(spans.get(i).start()).as("one by one: a greeting starts after the previous one ended\n%s", timeline)
                    .isGreaterThanOrEqualTo(spans.get(i - 1).end());
        }
    }
}
