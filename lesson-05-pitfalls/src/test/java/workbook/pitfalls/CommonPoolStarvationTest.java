package workbook.pitfalls;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.kit.Timing.seconds;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import workbook.kit.ChildJvm;
import workbook.kit.Timing;

/** The mistake of pitfall 5 as the chapter shows it: on a one-worker common pool, four 1 s waits take 4 s. */
@Execution(ExecutionMode.CONCURRENT)
class CommonPoolStarvationTest {

    @Test
    void onTheCommonPoolTheFourWaitsQueueBehindOneWorker() throws Exception {
        try (ChildJvm child = ChildJvm.of(CommonPoolStarvation.class).jvmOptions(List.of(CommonPoolStarvation.ONE_WORKER))
                .stopGrace(Duration.ZERO).start("mistake")) {
            assertThat(child.awaitLine(CommonPoolStarvation.STARTED, Duration.ofSeconds(30)))
                    .as("the child JVM did not start fetching within 30 s; it printed %s", child.output()).isTrue();
            Timing.of("fetching four pages on a one-worker common pool")
                    .shouldTakeBetween(seconds(3.8), seconds(5))
                    .hint("four 1 s waits in turn on a single worker")
                    .run(() -> child.awaitLine(CommonPoolStarvation.FINISHED, Duration.ofSeconds(30)));

            assertThat(child.output()).contains("  /board/4 fetched on ForkJoinPool.commonPool-worker-1");
        }
    }
}
