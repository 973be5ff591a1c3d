package workbook.futures;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** A callback-style database, used through futures: two queries at once, one of them wrong. */
public final class BridgeDemo {

    private BridgeDemo() {
    }

    // tag::run[]
    /** Runs a good and a bad query together and prints what each caller gets. */
    public static void run(Consumer<String> out) {
        try (SimulatedDatabase database = SimulatedDatabase.ofTheSimul(Duration.ofMillis(500))) {
            FutureConnection connection = new FutureConnection(database);
            CompletableFuture<List<String>> boards = connection.execute("select * from boards");
            CompletableFuture<List<String>> moves = connection.execute("select * from moves"); // no such table
            out.accept("two queries sent; the driver will call back");
            boards.join().forEach(row -> out.accept("  " + row));
            try {
                moves.orTimeout(5, TimeUnit.SECONDS).join(); // a bridge that forgets errors would leave us here
            } catch (RuntimeException failure) {
                out.accept("select * from moves failed: " + Causes.unwrap(failure));
            }
        }
    }
    // end::run[]
}
