package workbook.futures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static workbook.kit.Timing.seconds;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import workbook.kit.Goal;
import workbook.kit.Greeting;
import workbook.kit.Timeline;
import workbook.kit.Timing;

// Every test only waits (sleeping greetings), each with its own greeter, threads and timeline: side by side.
@Execution(ExecutionMode.CONCURRENT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GreetingTasksTest {

    /** How long after the last greeting the gathered future may complete: it is the same thread's next step. */
    private static final Duration AT_ONCE = Duration.ofMillis(50);
    /** How long gather may take to hand back its future: creating three tasks takes microseconds. */
    private static final Duration RETURNS_AT_ONCE = Duration.ofMillis(300);

    private final List<String> printed = new CopyOnWriteArrayList<>();
    private final Timeline timeline = Timeline.startingNow();
    private final RecordedThreads greeterThreads = new RecordedThreads("greeting-", timeline);
    private final ExecutorService threads = Executors.newThreadPerTaskExecutor(greeterThreads);
    private final AsyncGreeter greeter = new AsyncGreeter(threads, printed::add, timeline);

    @AfterEach
    void stopGreetings() {
        threads.shutdownNow(); // a failed timing claim must not leave greetings running into the next test
    }

    /** The talk's greetings with the longest first, last and in the middle, and a shorter set. */
    static Stream<Arguments> greetings() {
        Greeting guido = Greeting.TALK.get(0);
        Greeting sebastian = Greeting.TALK.get(1);
        Greeting luciano = Greeting.TALK.get(2);
        return Stream.of(
                Arguments.of("the talk's 3 s, 2 s and 1 s greetings", Greeting.TALK),
                Arguments.of("the 1 s, 2 s and 3 s greetings (longest last)", List.of(luciano, sebastian, guido)),
                Arguments.of("the 2 s, 3 s and 1 s greetings (longest in the middle)", List.of(sebastian, guido, luciano)),
                Arguments.of("the 0.4 s, 1.2 s and 0.8 s greetings", List.of(new Greeting(seconds(0.4), "Ada Lovelace"),
                        new Greeting(seconds(1.2), "Grace Hopper"), new Greeting(seconds(0.8), "Barbara Liskov"))));
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("greetings")
    @Goal(exercise = GreetingTasks.class, failsBecause = "ran one after another")
    void gatheringTheThreeGreetingsTakesAsLongAsTheLongest(String description, List<Greeting> greetings) {
        Duration longest = greetings.stream().map(Greeting::delay).max(Comparator.naturalOrder()).orElseThrow();
        List<String> results = new CopyOnWriteArrayList<>();
        AtomicReference<Duration> returnedAfter = new AtomicReference<>();
        AtomicReference<Duration> doneAt = new AtomicReference<>();
        AtomicReference<Optional<String>> heldUp = new AtomicReference<>(Optional.empty());
        try {
            Timing.of("gathering " + description)
                    .shouldTakeBetween(longest.minus(seconds(0.2)), longest.plus(seconds(0.6)))
                    .hint("a gathering takes as long as its longest greeting when they all wait at the same time."
                            + " Look at GreetingTasks.gather")
                    .showing(timeline)
                    .run(() -> {
                        Duration before = timeline.now();
                        CompletableFuture<List<String>> gathered = GreetingTasks.gather(greeter, greetings);
                        returnedAfter.set(timeline.now().minus(before));
                        CompletableFuture<List<String>> observed = gathered.whenComplete((all, failure) -> doneAt.set(timeline.now()));
                        // while every greeting still sleeps, nothing of gather's should be waiting on a thread
                        Duration quiet = longest.minus(timeline.now()).minus(seconds(0.3));
                        if (quiet.isPositive()) {
                            heldUp.set(BlockedThreads.watch(GreetingTasks.class, greeterThreads.threads(), quiet));
                        }
                        results.addAll(observed.join());
                    });
        } catch (AssertionError outOfBounds) {
            throw new AssertionError(diagnosis(greetings.size(), doneAt.get()) + outOfBounds.getMessage(),
                    outOfBounds.getCause());
        }

        Duration lastGreetingEnded = lastEnd();
        Duration late = doneAt.get().minus(lastGreetingEnded);
        if (late.compareTo(AT_ONCE) > 0) {
            fail("""
                    gather's future completed %s after the last greeting had ended (at %s), expected at once \
                    (within %s): does gather wait for something other than the greetings, such as a fixed time?
                    %s""".formatted(Timeline.seconds(late), Timeline.seconds(lastGreetingEnded),
                    Timeline.seconds(AT_ONCE), timeline));
        }
        if (returnedAfter.get().compareTo(RETURNS_AT_ONCE) >= 0) {
            fail("""
                    gather took %s to hand back its future, expected at once (under %s), while the greetings still \
                    wait: it blocked its caller until they were done, so the caller could not go on meanwhile. \
                    Look at what GreetingTasks.gather waits for before it returns.""".formatted(
                    Timeline.seconds(returnedAfter.get()), Timeline.seconds(RETURNS_AT_ONCE)));
        }
        heldUp.get().ifPresent(thread -> fail("""
                while the greetings were still sleeping, %s: a thread sat waiting for the greetings. A future \
                needs no thread to wait on it (not the caller's, not another one): the code that needs the \
                results can run when the last greeting is done. Look at what GreetingTasks.gather waits on."""
                .formatted(thread)));
        assertThat(results).as("gather must return every greeting's message in the order they were asked for")
                .containsExactlyElementsOf(greetings.stream().map(Greeting::message).toList());
        assertThat(printed).as("greetings are printed as they finish, shortest wait first")
                .containsExactlyElementsOf(greetings.stream().sorted(Comparator.comparing(Greeting::delay))
                        .map(Greeting::message).toList());
    }

    /** Why a gathering was out of bounds, when the timeline can tell: a sentence ending in a new line, or "". */
    private String diagnosis(int count, Duration doneAt) {
        List<Duration> starts = greeterThreads.madeAt();
        Duration first = starts.isEmpty() ? Duration.ZERO : starts.getFirst();
        boolean together = starts.size() == count
                && starts.stream().allMatch(start -> start.minus(first).compareTo(seconds(0.2)) < 0);
        if (!together) {
            return "The greetings ran one after another: they started at %s (%d of %d started), expected all at once.%n"
                    .formatted(starts.stream().map(Timeline::seconds).collect(Collectors.joining(", ")), starts.size(), count);
        }
        if (timeline.spans().size() == count && (doneAt == null || doneAt.minus(lastEnd()).compareTo(AT_ONCE) > 0)) {
            return "Every greeting was over at %s, yet gather's future %s: it waits for something other than the greetings.%n"
                    .formatted(Timeline.seconds(lastEnd()), doneAt == null ? "was still not done"
                            : "completed only at " + Timeline.seconds(doneAt));
        }
        return "";
    }

    private Duration lastEnd() {
        return timeline.spans().stream().map(Timeline.Span::end).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
    }

    @Order(2)
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

    @Order(3)
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
