package workbook.futures;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.kit.Timing.seconds;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.opentest4j.TestAbortedException;
import workbook.kit.Goal;
import workbook.kit.Greeting;
import workbook.kit.Timeline;
import workbook.kit.Timing;

// Every test only waits (sleeping greetings), each with its own greeter, threads and timeline: side by side.
@Execution(ExecutionMode.CONCURRENT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GreetingTasksTest {

    private final List<String> printed = new CopyOnWriteArrayList<>();
    private final Timeline timeline = Timeline.startingNow();
    private final RecordedThreads greeterThreads = new RecordedThreads("greeting-", timeline);
    private final ExecutorService threads = Executors.newThreadPerTaskExecutor(greeterThreads);
    private final AsyncGreeter greeter = new AsyncGreeter(threads, printed::add, timeline);

    @AfterEach
    void stopGreetings() {
        threads.shutdownNow(); // a failed timing claim must not leave greetings running into the next test
    }

    private static final Greeting GUIDO = Greeting.TALK.get(0);
    private static final Greeting SEBASTIAN = Greeting.TALK.get(1);
    private static final Greeting LUCIANO = Greeting.TALK.get(2);

    // The talk's greetings with the longest first, last and in the middle, and a shorter set: no order is special.

    @Order(1)
    @Test
    @Goal(exercise = GreetingTasks.class, failsBecause = "ran one after another")
    void gatheringTheThreeGreetingsTakesAsLongAsTheLongest() {
        gatherAndJudge("the talk's 3 s, 2 s and 1 s greetings", Greeting.TALK);
    }

    @Order(2)
    @Test
    @Goal(exercise = GreetingTasks.class, failsBecause = "ran one after another")
    void withTheLongestGreetingLast() {
        gatherAndJudge("the 1 s, 2 s and 3 s greetings (longest last)", List.of(LUCIANO, SEBASTIAN, GUIDO));
    }

    @Order(3)
    @Test
    @Goal(exercise = GreetingTasks.class, failsBecause = "ran one after another")
    void withTheLongestGreetingInTheMiddle() {
        gatherAndJudge("the 2 s, 3 s and 1 s greetings (longest in the middle)", List.of(SEBASTIAN, GUIDO, LUCIANO));
    }

    @Order(4)
    @Test
    @Goal(exercise = GreetingTasks.class, failsBecause = "ran one after another")
    void withShorterGreetings() {
        gatherAndJudge("the 0.4 s, 1.2 s and 0.8 s greetings", List.of(new Greeting(seconds(0.4), "Ada Lovelace"),
                new Greeting(seconds(1.2), "Grace Hopper"), new Greeting(seconds(0.8), "Barbara Liskov")));
    }

    /** Gathers {@code greetings}: as long as the longest, at once, in order, with no thread left waiting. */
    private void gatherAndJudge(String description, List<Greeting> greetings) {
        Duration longest = greetings.stream().map(Greeting::delay).max(Comparator.naturalOrder()).orElseThrow();
        Composed<List<String>> gathering = new Composed<>(timeline, "GreetingTasks.gather", "the greetings");
        try {
            Timing.of("gathering " + description)
                    .shouldTakeBetween(longest.minus(seconds(0.2)), longest.plus(seconds(0.6)))
                    .hint("a gathering takes as long as its longest greeting when they all wait at the same time."
                            + " Look at GreetingTasks.gather")
                    .showing(timeline)
                    .run(() -> gathering.run(() -> GreetingTasks.gather(greeter, greetings), GreetingTasks.class,
                            greeterThreads, longest.minus(seconds(0.3))));
        } catch (AssertionError | TestAbortedException outOfBounds) {
            gathering.shouldHaveComposedSoFar(greeterThreads, greetings.size()); // what it did wrong says more than the time it took, busy machine or not
            if (outOfBounds instanceof TestAbortedException notJudged) {
                gathering.shouldNotHaveRunInTurn(greeterThreads, greetings.size(), "Look at GreetingTasks.gather.");
                throw notJudged;
            }
            throw new AssertionError(gathering.diagnosis(greeterThreads, greetings.size()) + outOfBounds.getMessage(),
                    outOfBounds.getCause());
        }

        gathering.shouldHaveComposed();
        List<String> results = gathering.result();
        assertThat(results).as("gather must return every greeting's message in the order they were asked for")
                .containsExactlyElementsOf(greetings.stream().map(Greeting::message).toList());
        assertThat(printed).as("greetings are printed as they finish, shortest wait first")
                .containsExactlyElementsOf(greetings.stream().sorted(Comparator.comparing(Greeting::delay))
                        .map(Greeting::message).toList());
    }

    @Order(5)
    @Test
    void resultsComeInTheOrderAskedWhateverOrderTheyFinishIn() {
        List<Greeting> quick = List.of(
                new Greeting(Duration.ofMillis(300), "Guido van Rossum"),
                new Greeting(Duration.ofMillis(200), "Sebastián Ramírez"),
                new Greeting(Duration.ofMillis(100), "Luciano Ramalho"));

        List<String> results = GreetingTasks.gather(greeter, quick).join();

        assertThat(results).containsExactly(
                "Hello Guido van Rossum 👋", "Hello Sebastián Ramírez 👋", "Hello Luciano Ramalho 👋");
        assertThat(printed).containsExactlyInAnyOrderElementsOf(results);
        assertThat(timeline.spans()).extracting(Timeline.Span::thread).allMatch(thread -> thread.endsWith("(virtual)"));
    }

    @Order(6)
    @Test
    void theTalksProgramPrintsStartGreetingsAndFinish() {
        List<String> results = new CopyOnWriteArrayList<>();
        Timing.of("the gather demo with one 1 s greeting").shouldTakeBetween(seconds(0.95), seconds(2.5))
                .run(() -> results.addAll(GatherDemo.run(List.of(
                        new Greeting(Duration.ofSeconds(1), "Guido van Rossum")), printed::add, timeline)));

        assertThat(printed.getFirst()).matches("Started at \\d\\d:\\d\\d:\\d\\d");
        assertThat(printed).contains("Hello Guido van Rossum 👋",
                "gather returned, in the order asked: Hello Guido van Rossum 👋");
        assertThat(printed).anyMatch(line -> line.matches("Finished at \\d\\d:\\d\\d:\\d\\d"));
        assertThat(results).containsExactly("Hello Guido van Rossum 👋");
    }
}
