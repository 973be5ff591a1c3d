package workbook.pitfalls;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.kit.Timing.seconds;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import workbook.kit.ChildJvm;
import workbook.kit.Goal;
import workbook.kit.OncePerProof;
import workbook.kit.Timing;

/**
 * The common pool's size depends on the machine, so these run in a JVM of their own whose common pool
 * has the single worker of a 2-core machine: the same result on every machine.
 */
class DownloadsTest {

    @Test
    @Goal(exercise = Downloads.class, failsBecause = "waited in turn on the common pool")
    void fourOneSecondWaitsTakeOneSecond() throws Exception {
        try (ChildJvm child = startOnATwoCoreCommonPool("fix")) {
            Timing.of("fetching four pages (1 s of waiting each)")
                    .shouldTakeBetween(seconds(0.9), seconds(1.8))
                    .hint("""
                            the pages waited in turn on the common pool: supplyAsync with no executor runs on \
                            the common ForkJoinPool, sized for computing (here 1 worker, as on a 2-core machine), \
                            and a waiting task holds its worker for the whole wait. In Downloads.fetchAll, give \
                            supplyAsync an executor meant for waiting: Executors.newVirtualThreadPerTaskExecutor().""")
                    .run(() -> awaitAllPages(child));

            assertThat(child.output()).contains("  /board/1 fetched on a virtual thread");
        }
    }

    @Test
    void onTheCommonPoolTheFourWaitsQueueBehindOneWorker() throws Exception {
        OncePerProof.skipWhenJudgingTheExercise();
        try (ChildJvm child = startOnATwoCoreCommonPool("mistake")) {
            Timing.of("fetching four pages on a one-worker common pool")
                    .shouldTakeBetween(seconds(3.8), seconds(5))
                    .hint("four 1 s waits in turn on a single worker")
                    .run(() -> awaitAllPages(child));

            assertThat(child.output()).contains("  /board/4 fetched on ForkJoinPool.commonPool-worker-1");
        }
    }

    private static ChildJvm startOnATwoCoreCommonPool(String variant) throws Exception {
        ChildJvm child = ChildJvm.start(CommonPoolStarvation.class, List.of(CommonPoolStarvation.ONE_WORKER),
                line -> { }, variant);
        assertThat(child.awaitLine(CommonPoolStarvation.STARTED, Duration.ofSeconds(30)))
                .as("the child JVM did not start fetching within 30 s; it printed %s", child.output()).isTrue();
        return child;
    }

    private static void awaitAllPages(ChildJvm child) throws InterruptedException {
        assertThat(child.awaitLine(CommonPoolStarvation.FINISHED, Duration.ofSeconds(30)))
                .as("the child JVM did not fetch its pages within 30 s; it printed %s", child.output()).isTrue();
    }
}
