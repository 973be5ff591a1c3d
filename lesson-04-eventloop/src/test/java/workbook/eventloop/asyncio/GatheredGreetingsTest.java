package workbook.eventloop.asyncio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import workbook.kit.Goal;
import workbook.kit.Greeting;
import workbook.kit.VirtualClock;

/** The greetings of 10, 2 and 3 s, under asyncio's rules, on the virtual clock: 10 s gathered, not 15 s. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(10)
class GatheredGreetingsTest {

    private static final List<Greeting> GREETINGS = Greeting.BLOCKING_CODE_TALK;

    private final VirtualClock clock = new VirtualClock();
    private final List<String> printed = new ArrayList<>();
    private final List<String> reports = new ArrayList<>();

    private record Run(Duration took, List<String> messages) {
    }

    private Run run() {
        return AsyncioLoop.run(clock, reports::add, () -> {
            Duration start = clock.now();
            List<String> messages = Asyncio.await(GatheredGreetings.greetAll(GREETINGS, printed::add));
            return new Run(clock.now().minus(start), messages);
        });
    }

    @Test
    @Order(1)
    @Goal(exercise = GatheredGreetings.class, failsBecause = "one by one")
    void theGreetingsWaitTogetherTenSecondsNotFifteen() {
        Run run = run();
        assertThat(run.took()).as("greet_all took %s s on the virtual clock, expected 10 s (the longest greeting): %s",
                run.took().toMillis() / 1000.0, diagnose(run)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    @Order(2)
    void theMessagesComeInTheOrderGiven() {
        Run run = run();
        List<String> given = GREETINGS.stream().map(Greeting::message).toList();
        assertThat(run.messages()).as("greet_all returned %s, expected the messages in the order given, %s%s",
                run.messages(), given, run.messages().equals(printed) && !printed.equals(given)
                        ? ": that is their finishing order (the order they were printed); gather's result keeps the "
                        + "order of its arguments" : "").isEqualTo(given);
        assertThat(printed).as("the greetings printed (each greets once, after its own delay)")
                .containsExactlyInAnyOrderElementsOf(given);
    }

    /** Lists whose longest greeting stands last, in the middle, or among four: the talk's order is not special. */
    private static final List<List<Greeting>> OTHER_ORDERS = List.of(
            List.of(greeting(2, "Sebastián Ramírez"), greeting(3, "Luciano Ramalho"), greeting(10, "Guido van Rossum")),
            List.of(greeting(3, "Luciano Ramalho"), greeting(10, "Guido van Rossum"), greeting(2, "Sebastián Ramírez")),
            List.of(greeting(1, "Ada"), greeting(7, "Grace"), greeting(4, "Barbara"), greeting(2, "Edsger")));

    @Test
    @Order(3)
    @Goal(exercise = GatheredGreetings.class, failsBecause = "wherever it stands in the list")
    void theLongestGreetingSetsTheTimeWhereverItStandsInTheList() {
        long seed = ThreadLocalRandom.current().nextLong();
        List<List<Greeting>> lists = new ArrayList<>(OTHER_ORDERS);
        lists.add(randomGreetings(new Random(seed))); // and greetings no test chose: longer, in any order
        for (List<Greeting> greetings : lists) {
            VirtualClock otherClock = new VirtualClock();
            List<String> greeted = new ArrayList<>();
            Duration longest = greetings.stream().map(Greeting::delay).max(Comparator.naturalOrder()).orElseThrow();
            List<String> given = greetings.stream().map(Greeting::message).toList();

            Object outcome = AsyncioLoop.run(otherClock, report -> { }, () -> {
                try {
                    return Asyncio.await(GatheredGreetings.greetAll(greetings, greeted::add));
                } catch (RuntimeException failure) { // a result read too early: reported below, with the time it happened
                    return failure;
                }
            });
            Duration took = otherClock.now();

            if (!outcome.equals(given) || !took.equals(longest)) {
                throw new AssertionError(String.format(Locale.ROOT, """
                        greet_all of greetings of %s %s after %s s on the virtual clock, expected the messages in the \
                        order given, %s, after %s s: the longest greeting, wherever it stands in the list. Look at \
                        what greetAll awaits before it reads the messages (random greetings: seed %d).""",
                        greetings.stream().map(greeting -> greeting.delay().toSeconds() + " s").toList(),
                        outcome instanceof RuntimeException failure ? "failed with \"" + failure.getMessage() + "\"" : "returned " + outcome,
                        took.toMillis() / 1000.0, given, longest.toSeconds(), seed));
            }
        }
    }

    /** Two to six greetings of 1 min to 2 h each (longer than any the other tests chose), in no particular order. */
    private static List<Greeting> randomGreetings(Random random) {
        List<String> people = List.of("Ada", "Grace", "Barbara", "Edsger", "Margaret", "Alan");
        return people.subList(0, random.nextInt(2, people.size() + 1)).stream()
                .map(person -> new Greeting(Duration.ofSeconds(random.nextLong(60, 7201)), person)).toList();
    }

    private static Greeting greeting(int seconds, String person) {
        return new Greeting(Duration.ofSeconds(seconds), person);
    }

    private String diagnose(Run run) {
        if (run.took().equals(Duration.ofSeconds(15))) {
            return "15 s = 10 + 2 + 3: the greetings were awaited one by one, each created only when the one before it "
                    + "had finished. Create every coroutine first and await them together: asyncio.gather (look at "
                    + "greetAll's loop)";
        }
        if (printed.isEmpty()) {
            return "it returned before any greeting was printed: tasks created and never awaited are cancelled when "
                    + "asyncio.run ends (the loop reported " + reports + ")";
        }
        return "printed " + printed + " by then";
    }
}
