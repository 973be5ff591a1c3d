package workbook.threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import workbook.kit.Goal;
import workbook.kit.Timeline;

class GroupGreeterTest {

    private static final Duration PATIENCE = Duration.ofSeconds(3);

    @Test
    @Timeout(10) // StarvedPool gives up after PATIENCE; this is only the last resort
    @Goal(exercise = GroupGreeter.class, failsBecause = "tasks never ran")
    void twoGroupsOnTwoWorkersAreAllGreeted() throws InterruptedException {
        StarvedPool.Outcome outcome = StarvedPool.run(2, StarvedPool.GROUPS, PATIENCE, line -> { });

        assertThat(outcome.finished())
                .as("""
                        greeting 2 groups on 2 workers was stuck after %s: %d of %d greetings ran, \
                        the other tasks never ran, expected all 6 greeted well within %s. Threads inside GroupGreeter:
                        %s
                        Look at GroupGreeter.greetGroup: every worker waits for greetings queued behind \
                        it in its own pool, so no worker is left to run them.""",
                        Timeline.seconds(outcome.after()), outcome.greeted().size(), outcome.expected(),
                        Timeline.seconds(PATIENCE), outcome.stuck())
                .isTrue();
        assertThat(outcome.greeted()).hasSize(6).contains("Hello Guido van Rossum 👋", "Hello Philip Roberts 👋");
        assertThat(outcome.after()).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    @Timeout(10)
    void aWorkerLeftOverRunsTheQueuedGreetings() throws InterruptedException {
        // one group on two workers: one waits, the other greets; slow, but it never starves
        StarvedPool.Outcome outcome = StarvedPool.run(2, List.of(StarvedPool.GROUPS.getFirst()), PATIENCE, line -> { });

        assertThat(outcome.finished()).as("stuck:\n%s", outcome.stuck()).isTrue();
        assertThat(outcome.greeted()).containsExactlyInAnyOrder(
                "Hello Guido van Rossum 👋", "Hello Sebastián Ramírez 👋", "Hello Luciano Ramalho 👋");
    }
}
