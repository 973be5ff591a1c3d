package workbook.eventloop;

import java.time.Duration;
import java.util.List;

/** Someone to greet, after a delay. */
public record Greeting(Duration delay, String person) {

    /** The talk's three greetings, set longest first: 3 s, 2 s, 1 s. */
    public static final List<Greeting> TALK = List.of(
            new Greeting(Duration.ofSeconds(3), "Guido van Rossum"),
            new Greeting(Duration.ofSeconds(2), "Sebastián Ramírez"),
            new Greeting(Duration.ofSeconds(1), "Luciano Ramalho"));

    public String message() {
        return "Hello " + person + " 👋";
    }
}
