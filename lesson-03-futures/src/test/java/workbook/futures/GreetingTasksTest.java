package workbook.futures;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.kit.Timing.seconds;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import workbook.kit.Goal;
import workbook.kit.Greeting;
import workbook.kit.Timeline;
import workbook.kit.Timing;

class GreetingTasksTest {

    private final List<String> printed = new CopyOnWriteArrayList<>();
    private final Timeline timeline = Timeline.startingNow();
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final AsyncGreeter greeter = new AsyncGreeter(threads, printed::add, timeline);

    @AfterEach
    void stopGreetings() {
        threads.shutdownNow(); // a failed timing claim must not leave greetings running into the next test
    }

    @Test
    @Goal(exercise = GreetingTasks.class, failsBecause = "are you joining each task")
    void gatheringTheThreeGreetingsTakesAsLongAsTheLongest() {
        List<String> results = new CopyOnWriteArrayList<>();
        Timing.of("gathering the 3 s, 2 s and 1 s greetings")
                .shouldTakeBetween(seconds(2.8), seconds(3.6))
                .hint("the tasks should wait at the same time. In GreetingTasks.gather, are you joining each task"
                        + " before creating the next one?")
                .showing(timeline)
                .run(() -> results.addAll(GreetingTasks.gather(greeter, Greeting.TALK).join()));

        assertThat(printed).as("greetings are printed as they finish, shortest wait first")
                .containsExactly("Hello Luciano Ramalho 👋", "Hello Sebastián Ramírez 👋", "Hello Guido van Rossum 👋");
        assertThat(results).as("gather returns the results in the order they were asked for")
                .containsExactly("Hello Guido van Rossum 👋", "Hello Sebastián Ramírez 👋", "Hello Luciano Ramalho 👋");
    }

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
