package workbook.eventloop;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The talk's {@code find_primes} on the loop: a CPU-bound callback holds the only thread, so a
 * 50 ms timer set as it begins fires late, and the loop reports the culprit by name, as asyncio's
 * debug mode does.
 */
public final class SlowCallbackDemo {

    private SlowCallbackDemo() {
    }

    // tag::demo[]
    public static void run(int primesBelow, Consumer<String> out) {
        EventLoop.run(loop -> {
            loop.reportSlowCallbacks(EventLoop.SLOW_CALLBACK_THRESHOLD, slow -> out.accept("WARNING " + slow.message()));
            loop.execute("find_primes(" + primesBelow + ")", () -> {
                long start = loop.clock().nanos(); // the tick is due 50 ms after the search begins...
                loop.setTimeout("tick", Duration.ofMillis(50), () -> out.accept(String.format(Locale.ROOT,
                        "tick: due after 0.05 s, ran after %.2f s", (loop.clock().nanos() - start) / 1e9)));
                out.accept("primes below " + primesBelow + ": " + countPrimes(primesBelow)); // ...and waits for it
            });
        });
    }
    // end::demo[]

    /** Trial division: pure computation, as in the talk. */
    static int countPrimes(int below) {
        int count = 0;
        for (int candidate = 2; candidate < below; candidate++) {
            boolean prime = true;
            for (int divisor = 2; (long) divisor * divisor <= candidate && prime; divisor++) {
                prime = candidate % divisor != 0;
            }
            count += prime ? 1 : 0;
        }
        return count;
    }
}
