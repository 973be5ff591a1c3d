package workbook.futures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import workbook.kit.Goal;

// Every test has its own database and latches, and only waits for a driver: side by side.
@Execution(ExecutionMode.CONCURRENT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FutureConnectionTest {

    private final SimulatedDatabase database = SimulatedDatabase.ofTheSimul(Duration.ofMillis(50));
    private final CountDownLatch calledBack = new CountDownLatch(1);
    private final AtomicReference<Exception> reported = new AtomicReference<>();
    private final AtomicReference<Throwable> thrownBack = new AtomicReference<>();

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    /** The database, watched: the latch opens once the driver's callback has returned. */
    private final CallbackConnection watched = (query, callback) -> database.execute(query, new CallbackConnection.Callback() {
        @Override
        public void onRows(List<String> rows) {
            calledBackWith(() -> callback.onRows(rows));
        }

        @Override
        public void onError(Exception error) {
            reported.set(error);
            calledBackWith(() -> callback.onError(error));
        }
    });

    private void calledBackWith(Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException | Error thrown) {
            thrownBack.set(thrown); // what the bridge threw at the driver's thread, where nobody is waiting for it
            throw thrown;
        } finally {
            calledBack.countDown();
        }
    }

    private void awaitTheCallback() throws InterruptedException {
        assertThat(calledBack.await(5, TimeUnit.SECONDS))
                .as("the simulated database never called back within 5 s: the test itself is stuck, not the bridge")
                .isTrue();
    }

    @Order(2)
    @Test
    void rowsArriveThroughTheFuture() throws Exception {
        CompletableFuture<List<String>> players = new FutureConnection(watched).execute("select * from players");

        awaitTheCallback();
        assertThat(players).isCompletedWithValue(List.of("Anand", "Guido", "Sebastián", "Luciano"));
    }

    @Order(1)
    @Test
    @Goal(exercise = FutureConnection.class, failsBecause = "what does onError do with the error")
    void aFailedQueryFailsTheFutureWithTheDriversError() throws Exception {
        CompletableFuture<List<String>> moves = new FutureConnection(watched).execute("select * from moves");

        awaitTheCallback(); // the driver has reported its error and returned: the bridge had its chance
        String error = "\"no such table: moves\"";
        if (!moves.isDone()) {
            fail("""
                    the driver reported %s to the bridge, yet the future is still pending%s: whoever waits for it \
                    would wait forever. Expected it to fail with the driver's error. Look at FutureConnection.execute: \
                    what does onError do with the error?""".formatted(error, thrownBack.get() == null ? ""
                    : " (onError threw " + thrownBack.get() + " back at the driver's thread, where nobody waits for it)"));
        }
        if (moves.isCancelled()) {
            fail("""
                    the driver reported %s, and the future was cancelled: its caller learns that the query was \
                    called off, not why it failed. Expected it to fail with the driver's error. Look at \
                    FutureConnection.execute: what does onError do with the error?""".formatted(error));
        }
        if (!moves.isCompletedExceptionally()) {
            fail("""
                    the driver reported %s, yet the future completed normally with %s: the caller cannot tell a \
                    failed query from an answer. Expected it to fail with the driver's error. Look at \
                    FutureConnection.execute: what does onError do with the error?""".formatted(error, moves.join()));
        }
        Throwable cause = Causes.unwrap(moves.handle((rows, failure) -> failure).join());
        if (cause != reported.get()) {
            fail("""
                    the future failed with %s, not with the driver's own error (%s): the caller gets less than the \
                    driver knew (its type, its message, its stack). Look at FutureConnection.execute: what does \
                    onError hand to the future?""".formatted(cause, reported.get()));
        }
        assertThatThrownBy(moves::join).isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(QueryException.class).hasMessage("no such table: moves");
    }

    @Order(3)
    @Test
    void executeHandsBackItsFutureBeforeTheDriverAnswers() throws Exception {
        CompletableFuture<CallbackConnection.Callback> sent = new CompletableFuture<>();
        CallbackConnection held = (query, callback) -> sent.complete(callback); // a driver that answers when told
        CompletableFuture<CompletableFuture<List<String>>> executed = CompletableFuture.supplyAsync(
                () -> new FutureConnection(held).execute("select * from players"),
                runnable -> Thread.ofVirtual().name("caller").start(runnable));
        try {
            CompletableFuture<List<String>> players = executed.get(2, TimeUnit.SECONDS);
            assertThat(players.isDone()).as("the driver has not answered yet, so the future cannot be done").isFalse();
            sent.get(2, TimeUnit.SECONDS).onRows(List.of("Anand"));
            assertThat(players).as("the driver answered: the future holds its rows").isCompletedWithValue(List.of("Anand"));
        } catch (TimeoutException stillInExecute) {
            fail("""
                    FutureConnection.execute had not returned 2 s after it was called, while the driver had not \
                    answered yet: the bridge blocks its caller until the driver calls back, which a future exists to \
                    avoid (the caller may have other queries to send meanwhile). Expected execute to return at once \
                    with a pending future. Look at what execute waits for before it returns.""");
        } finally {
            sent.thenAccept(callback -> callback.onRows(List.of())); // let a blocked execute go
        }
    }

    @Order(4)
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

    @Order(5)
    @Test
    void theDemoShowsRowsAndTheRealError() {
        List<String> printed = new CopyOnWriteArrayList<>();
        BridgeDemo.run(printed::add); // bounded: the demo gives up on a query after 5 s

        assertThat(printed).as("the demo printed %s: expected its first line, the three boards, then why moves failed",
                printed).hasSize(5).startsWith("two queries sent; the driver will call back",
                "  board 1: Anand vs Guido", "  board 2: Anand vs Sebastián", "  board 3: Anand vs Luciano");
        assertThat(printed.getLast()).startsWith("select * from moves failed: ");
    }
}
