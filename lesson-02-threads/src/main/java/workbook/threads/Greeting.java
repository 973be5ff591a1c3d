package workbook.threads;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** Someone to greet, after a delay. */
public record Greeting(Duration delay, String person) {

    /** The talk's three greetings: 3 + 2 + 1 seconds of waiting, 3 s when they wait together. */
    public static final List<Greeting> TALK = List.of(
            new Greeting(Duration.ofSeconds(3), "Guido van Rossum"),
            new Greeting(Duration.ofSeconds(2), "Sebastián Ramírez"),
            new Greeting(Duration.ofSeconds(1), "Luciano Ramalho"));

    /** Two groups of three, each person greeted after 0.2 s: the work of the "tasks that never run" example. */
    public static final List<List<Greeting>> GROUPS = List.of(
            group(Duration.ofMillis(200), "Guido van Rossum", "Sebastián Ramírez", "Luciano Ramalho"),
            group(Duration.ofMillis(200), "Brendan Eich", "Ryan Dahl", "Philip Roberts"));

    /** What the greeter says. */
    public String message() {
        return "Hello " + person + " 👋";
    }

    /** Everyone in {@code people}, each greeted after {@code delay}. */
    public static List<Greeting> group(Duration delay, String... people) {
        return Arrays.stream(people).map(person -> new Greeting(delay, person)).toList();
    }
}
