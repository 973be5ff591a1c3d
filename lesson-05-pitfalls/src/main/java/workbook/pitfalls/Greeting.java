package workbook.pitfalls;

import java.time.Duration;
import java.util.List;

/** Someone to greet, after a delay. */
public record Greeting(Duration delay, String person) {

    /** The talk's "writing blocking code" example: 10 + 2 + 3 s one by one, 10 s gathered. */
    public static final List<Greeting> TALK = List.of(
            new Greeting(Duration.ofSeconds(10), "Guido van Rossum"),
            new Greeting(Duration.ofSeconds(2), "Sebastián Ramírez"),
            new Greeting(Duration.ofSeconds(3), "Luciano Ramalho"));

    /** What the greeter says. */
    public String message() {
        return "Hello " + person + " 👋";
    }
}
