package workbook.eventloop;

import java.time.Duration;
import java.util.Locale;

/**
 * A callback that held the loop longer than the loop's threshold: while it ran, no timer fired
 * and no other callback ran. Like asyncio's debug-mode warning.
 */
public record SlowCallback(String name, Duration took) {

    /** "Executing find_primes took 0.312 seconds", in asyncio's words. */
    public String message() {
        return String.format(Locale.ROOT, "Executing %s took %.3f seconds: the loop could do nothing else meanwhile",
                name, took.toNanos() / 1e9);
    }
}
