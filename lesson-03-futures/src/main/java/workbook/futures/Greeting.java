package workbook.futures;

import java.time.Duration;
import java.util.List;

/** Someone to greet, after a delay. */
public record Greeting(Duration delay, String person) {

    /** The talk's three greetings: 3, 2 and 1 seconds of waiting. */
    public static final List<Greeting> TALK = List.of(
            new Greeting(Duration.ofSeconds(3), "Guido van Rossum"),
            new Greeting(Duration.ofSeconds(2), "Sebastián Ramírez"),
            new Greeting(Duration.ofSeconds(1), "Luciano Ramalho"));

    /** What the greeter says. */
    public String message() {
        return "Hello " + person + " 👋";
    }
}
