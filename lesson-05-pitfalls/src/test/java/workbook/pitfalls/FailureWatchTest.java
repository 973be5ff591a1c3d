package workbook.pitfalls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class FailureWatchTest {

    private final List<String> reports = new CopyOnWriteArrayList<>();

    @Test
    void aDroppedFailureIsReportedWhenTheScopeCloses() {
        try (FailureWatch watch = new FailureWatch(reports::add)) {
            watch.watch("welcome mail", CompletableFuture.failedFuture(new IOException("mail server down")));
        }

        assertThat(reports).containsExactly("never observed: 'welcome mail' failed with java.io.IOException: "
                + "mail server down, and was left behind when its scope closed without anyone looking at it");
    }

    @Test
    void theMistakeOfPitfallTwoIsReported() {
        String answer;
        try (FailureWatch watch = new FailureWatch(reports::add)) {
            answer = NeverAwaited.registerAndForget("Guido van Rossum", NeverAwaited.SERVER_DOWN, watch);
        }

        assertThat(answer).isEqualTo("Registered Guido van Rossum");
        assertThat(reports).singleElement().asString()
                .startsWith("never observed: 'welcome mail to Guido van Rossum' failed with java.io.IOException");
    }

    @Test
    void aDroppedFailureIsReportedWhenTheFutureIsCollected() {
        FailureWatch watch = new FailureWatch(reports::add);
        dropAFailure(watch);

        await("a report after the dropped future is garbage-collected").atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    System.gc();
                    return !reports.isEmpty();
                });
        assertThat(reports).singleElement().asString().contains("'dropped' failed").contains("was garbage-collected");
        watch.close();
        assertThat(reports).as("reported once, not again when the scope closes").hasSize(1);
    }

    private static void dropAFailure(FailureWatch watch) {
        watch.watch("dropped", CompletableFuture.failedFuture(new IllegalStateException("lost")));
    }

    @Test
    void joiningChainingOrHandlingCountsAsObserving() {
        try (FailureWatch watch = new FailureWatch(reports::add)) {
            CompletableFuture<Object> joined = watch.watch("joined", CompletableFuture.failedFuture(new IOException()));
            joined.handle((value, failure) -> failure); // a handler sees the failure
            watch.watch("exceptionally", CompletableFuture.failedFuture(new IOException()))
                    .exceptionally(failure -> null);
            CompletableFuture<Object> read = watch.watch("read", CompletableFuture.failedFuture(new IOException()));
            assertThat(read.exceptionNow()).isInstanceOf(IOException.class);
        }

        assertThat(reports).isEmpty();
    }

    @Test
    void successesAreNeverReported() {
        try (FailureWatch watch = new FailureWatch(reports::add)) {
            watch.watch("fine", CompletableFuture.completedFuture("ok"));
        }

        assertThat(reports).isEmpty();
    }

    @Test
    void aFutureStillRunningWhenTheScopeClosesIsReportedAfterThePatienceRunsOut() {
        try (FailureWatch watch = new FailureWatch(reports::add, Duration.ofMillis(100))) {
            watch.watch("endless", new CompletableFuture<>());
        }

        assertThat(reports).containsExactly(
                "still running when its scope closed: 'endless' (its outcome will never be seen)");
    }
}
