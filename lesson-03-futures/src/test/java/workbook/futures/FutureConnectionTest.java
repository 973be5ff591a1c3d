package workbook.futures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import workbook.kit.Goal;

class FutureConnectionTest {

    private final SimulatedDatabase database = SimulatedDatabase.ofTheSimul(Duration.ofMillis(50));
    private final CountDownLatch calledBack = new CountDownLatch(1);

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    /** The database, watched: the latch opens once the driver's callback has returned. */
    private final CallbackConnection watched = (query, callback) -> database.execute(query, new CallbackConnection.Callback() {
        @Override
        public void onRows(List<String> rows) {
            try {
                callback.onRows(rows);
            } finally {
                calledBack.countDown();
            }
        }

        @Override
        public void onError(Exception error) {
            try {
                callback.onError(error);
            } finally {
                calledBack.countDown();
            }
        }
    });

    private void awaitTheCallback() throws InterruptedException {
        assertThat(calledBack.await(5, TimeUnit.SECONDS))
                .as("the simulated database never called back within 5 s: the test itself is stuck, not the bridge")
                .isTrue();
    }

    @Test
    void rowsArriveThroughTheFuture() throws Exception {
        CompletableFuture<List<String>> players = new FutureConnection(watched).execute("select * from players");

        awaitTheCallback();
        assertThat(players).isCompletedWithValue(List.of("Anand", "Guido", "Sebastián", "Luciano"));
    }

    @Test
    @Goal(exercise = FutureConnection.class, failsBecause = "what does onError do with the error")
    void aFailedQueryFailsTheFutureWithTheDriversError() throws Exception {
        CompletableFuture<List<String>> moves = new FutureConnection(watched).execute("select * from moves");

        awaitTheCallback(); // the driver has reported its error and returned: the bridge had its chance
        assertThat(moves.isDone())
                .as("""
                        the driver reported "no such table: moves" to the bridge, yet the future is still pending: \
                        whoever waits for it would wait forever. Expected it to fail with the driver's error. \
                        Look at FutureConnection.execute: what does onError do with the error?""")
                .isTrue();
        assertThatThrownBy(moves::join).isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(QueryException.class).hasMessage("no such table: moves");
    }

    @Test
    void aSecondCallbackChangesNothing() {
        CallbackConnection sloppy = (query, callback) -> { // a driver that answers, then reports an error too
            callback.onRows(List.of("first answer"));
            callback.onError(new QueryException("late error"));
        };

        CompletableFuture<List<String>> result = new FutureConnection(sloppy).execute("select * from boards");

        assertThat(result).as("a future completes once: the first outcome stays")
                .isCompletedWithValue(List.of("first answer"));
    }

    @Test
    void theDemoShowsRowsAndTheRealError() {
        List<String> printed = new CopyOnWriteArrayList<>();
        BridgeDemo.run(printed::add); // bounded: the demo gives up on a query after 5 s

        assertThat(printed).hasSize(5).startsWith("two queries sent; the driver will call back",
                "  board 1: Anand vs Guido", "  board 2: Anand vs Sebastián", "  board 3: Anand vs Luciano");
        assertThat(printed.getLast()).startsWith("select * from moves failed: ");
    }
}
