package workbook.kit;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** Someone to greet, after a delay: the talk's running example, in every lesson. */
public record Greeting(Duration delay, String person) {

    /** The talk's three greetings: 3 + 2 + 1 = 6 s one after another, 3 s when they wait together. */
    public static final List<Greeting> TALK = List.of(
            new Greeting(Duration.ofSeconds(3), "Guido van Rossum"),
            new Greeting(Duration.ofSeconds(2), "Sebastián Ramírez"),
            new Greeting(Duration.ofSeconds(1), "Luciano Ramalho"));

    /** The talk's "writing blocking code" example: 10 + 2 + 3 = 15 s one by one, 10 s gathered. */
    public static final List<Greeting> BLOCKING_CODE_TALK = List.of(
            new Greeting(Duration.ofSeconds(10), "Guido van Rossum"),
            new Greeting(Duration.ofSeconds(2), "Sebastián Ramírez"),
            new Greeting(Duration.ofSeconds(3), "Luciano Ramalho"));

    /** What the greeter says. */
    public String message() {
        return "Hello " + person + " 👋";
    }

    /** Everyone in {@code people}, each greeted after {@code delay}. */
    public static List<Greeting> group(Duration delay, String... people) {
        return Arrays.stream(people).map(person -> new Greeting(delay, person)).toList();
    }
}
