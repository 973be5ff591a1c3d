package workbook.futures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static workbook.kit.Timing.seconds;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import workbook.kit.Goal;
import workbook.kit.Timeline;
import workbook.kit.Timing;

class SayHelloTest {

    /** One printed line: what, when (since the run began) and on which thread. */
    record Line(String text, Duration at, String thread) {
    }

    private final Timeline clock = Timeline.startingNow();
    private final List<Line> transcript = new CopyOnWriteArrayList<>();

    private void print(String text) {
        transcript.add(new Line(text, clock.now(), Thread.currentThread().getName()));
    }

    private List<String> texts() {
        return transcript.stream().map(Line::text).toList();
    }

    @Test
    @Goal(exercise = SayHello.class, failsBecause = "is \"World\" printed before")
    void printsInTheTalksOrder() {
        try {
            JsPrintOrder.run(Duration.ofMillis(300), this::print);
        } catch (IllegalStateException stuck) {
            fail("""
                    the script never finished (%s), after printing %s. Is SayHello.sayHello waiting for the \
                    promise with join() on the runtime's only thread, the thread the timer needs to resolve it?""",
                    stuck.getMessage(), texts());
        }

        assertThat(texts())
                .as("""
                        the script printed %s, expected Hello, Hello, Pythonistas, Thanks for waiting, World, as \
                        node does. Look at SayHello.sayHello: is "World" printed before the wait() promise settles?""",
                        texts())
                .containsExactly("Hello", "Hello", "Pythonistas", "Thanks for waiting", "World");
    }

    @Test
    void everyLineIsPrintedByTheRuntimesOneThreadAndTheThanksAfterTheTimer() {
        Timing.of("the script with a 1 s timer").shouldTakeBetween(seconds(0.95), seconds(2))
                .run(() -> JsPrintOrder.run(Duration.ofSeconds(1), this::print));

        assertThat(texts()).containsExactlyInAnyOrder("Hello", "Hello", "Pythonistas", "Thanks for waiting", "World");
        assertThat(transcript).extracting(Line::thread).containsOnly(JsRuntime.THREAD);
        Line thanks = transcript.stream().filter(line -> line.text().equals("Thanks for waiting")).findFirst().orElseThrow();
        assertThat(thanks.at()).as("the timer's callback runs once its delay is over").isGreaterThanOrEqualTo(seconds(1));
        assertThat(transcript.stream().filter(line -> line.text().equals("Pythonistas")).findFirst().orElseThrow().at())
                .as("the script itself does not wait for the timer").isLessThan(thanks.at());
    }

    @Test
    void theRuntimeFailsNamingWhatIsStuckInsteadOfHanging() {
        try (JsRuntime js = new JsRuntime()) {
            Timing.of("a runtime whose script never ends, given 0.5 s").shouldTakeBetween(seconds(0.45), seconds(2))
                    .run(() -> {
                        try {
                            js.run(SayHelloTest::waitForever, Duration.ofMillis(500));
                            fail("a script that never ends must not be reported as done");
                        } catch (IllegalStateException stuck) {
                            assertThat(stuck).hasMessageContaining("still pending after 500 ms");
                        }
                    });
        } // closing the runtime interrupts the endless script
    }

    private static void waitForever() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
