package workbook.futures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static workbook.kit.Timing.seconds;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import workbook.kit.Timing;

class DeadlinesTest {

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseSlowSteps() {
        release.countDown();
        threads.shutdownNow();
    }

    @Test
    void orTimeoutFailsWithATimeoutExceptionAsTheCause() {
        CompletableFuture<String> step = Deadlines.slowStep(release, threads);
        List<Throwable> failures = new CopyOnWriteArrayList<>();

        Timing.of("a step that never answers, bounded by orTimeout(500 ms)")
                .shouldTakeBetween(seconds(0.45), seconds(1.5))
                .run(() -> {
                    try {
                        Deadlines.atMost(step, Duration.ofMillis(500)).join(); // the 500 ms count from here, timed
                    } catch (CompletionException failure) {
                        failures.add(failure);
                    }
                });

        assertThat(failures).singleElement()
                .satisfies(failure -> assertThat(Causes.unwrap(failure)).isInstanceOf(TimeoutException.class));
        assertThat(step).as("orTimeout on the step fails the step itself: it is the same future").isCompletedExceptionally();
    }

    @Test
    void completeOnTimeoutAnswersWithTheFallback() { // the bound is set inside the timed work: its 500 ms count from there
        CompletableFuture<String> step = Deadlines.slowStep(release, threads);
        List<String> answers = new CopyOnWriteArrayList<>();

        Timing.of("a step that never answers, bounded by completeOnTimeout(500 ms)")
                .shouldTakeBetween(seconds(0.45), seconds(1.5))
                .run(() -> answers.add(Deadlines.orElse(step, "a cached answer", Duration.ofMillis(500)).join()));

        assertThat(answers).containsExactly("a cached answer");
    }

    @Test
    void aStepThatAnswersInTimeKeepsItsOwnAnswer() {
        release.countDown();
        assertThat(Deadlines.orElse(Deadlines.slowStep(release, threads), "a cached answer", Duration.ofSeconds(5))
                .orTimeout(10, TimeUnit.SECONDS).join()).isEqualTo("the slow answer");
    }

    @Test
    void aTimeoutDoesNotStopTheWorkBehindTheFuture() throws Exception {
        CountDownLatch workEnded = new CountDownLatch(1);
        CompletableFuture<String> work = CompletableFuture.supplyAsync(() -> {
            try {
                release.await();
            } catch (InterruptedException interrupted) {
                return "interrupted"; // would leave workEnded closed: the assertion below says so
            }
            workEnded.countDown();
            return "finished";
        }, threads);
        CompletableFuture<String> bounded = Deadlines.atMost(work, Duration.ofMillis(200));

        assertThatThrownBy(() -> bounded.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(TimeoutException.class);
        release.countDown(); // only now may the work go on: it was never stopped
        assertThat(workEnded.await(5, TimeUnit.SECONDS)).as("the work ran to its end after the timeout").isTrue();
        assertThat(bounded).as("the future keeps its first outcome, the timeout").isCompletedExceptionally();
    }

    @Test
    void cancellingACompletableFutureDoesNotStopItsWork() {
        Cancellation.Outcome outcome = Cancellation.ofCompletableFuture();

        assertThat(outcome.cancelled()).as("the future reports itself cancelled").isTrue();
        assertThat(outcome.workInterrupted()).as("cancel(true) does not interrupt the work's thread").isFalse();
        assertThat(outcome.workRanToEnd()).as("the work goes on after cancel, to its end").isTrue();
    }

    @Test
    void cancellingAnExecutorsFutureInterruptsItsWork() {
        Cancellation.Outcome outcome = Cancellation.ofExecutorFuture();

        assertThat(outcome.cancelled()).isTrue();
        assertThat(outcome.workInterrupted()).as("an executor's Future.cancel(true) interrupts the thread").isTrue();
        assertThat(outcome.workRanToEnd()).isFalse();
    }

    @Test
    void aCancelledFutureThrowsCancellationExceptionToItsCallers() {
        CompletableFuture<String> step = Deadlines.slowStep(release, threads);
        CompletableFuture<Integer> length = step.thenApply(String::length);

        step.cancel(true);

        assertThatThrownBy(step::join).isInstanceOf(CancellationException.class);
        assertThatThrownBy(length::join).as("stages after a cancelled one fail too")
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(CancellationException.class);
    }
}
