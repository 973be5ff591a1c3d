package workbook.pitfalls;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.kit.Timing.seconds;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import workbook.kit.Goal;
import workbook.kit.OncePerProof;
import workbook.kit.Greeting;
import workbook.kit.Timeline;
import workbook.kit.Timing;

class GreetingsTest {

    private final List<String> printed = new CopyOnWriteArrayList<>();
    private final Timeline timeline = Timeline.startingNow();
    private final AsyncGreeter greeter = new AsyncGreeter(printed::add, timeline);

    @Test
    @Goal(exercise = Greetings.class, failsBecause = "joined one after another")
    void gatheredTheGreetingsTakeTenSeconds() {
        Timing.of("greeting the talk's guests (10 s, 2 s and 3 s)")
                .shouldTakeBetween(seconds(9.8), seconds(11.5))
                .hint("""
                        greetings joined one after another wait 10 + 2 + 3 = 15 s; gathered, they wait side by \
                        side and take as long as the longest, 10 s. In Greetings.greetAll, start every greeting \
                        first, then wait for all of them together (CompletableFuture.allOf).""")
                .showing(timeline)
                .run(() -> new Greetings(greeter).greetAll(Greeting.BLOCKING_CODE_TALK));

        assertThat(printed).as("gathered, the shortest wait ends first")
                .containsExactly("Hello Sebastián Ramírez 👋", "Hello Luciano Ramalho 👋", "Hello Guido van Rossum 👋");
    }

    @Test
    void awaitedOneByOneTheGreetingsTakeFifteenSeconds() {
        OncePerProof.skipWhenJudgingTheExercise();

        Timing.of("the talk's guests awaited one by one (10 s, 2 s and 3 s)")
                .shouldTakeBetween(seconds(14.8), seconds(16.5))
                .hint("each greeting should start only when the one before it has been said")
                .showing(timeline)
                .run(() -> WritingBlockingCode.oneByOne(Greeting.BLOCKING_CODE_TALK, greeter));

        assertThat(printed).containsExactly(
                "Hello Guido van Rossum 👋", "Hello Sebastián Ramírez 👋", "Hello Luciano Ramalho 👋");
        List<Timeline.Span> spans = timeline.spans();
        for (int i = 1; i < spans.size(); i++) {
            assertThat(spans.get(i).start()).as("one by one: a greeting starts after the previous one ended\n%s", timeline)
                    .isGreaterThanOrEqualTo(spans.get(i - 1).end());
        }
    }
}
