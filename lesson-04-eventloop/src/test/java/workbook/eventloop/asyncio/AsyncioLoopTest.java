package workbook.eventloop.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static workbook.eventloop.asyncio.Asyncio.await;
import static workbook.eventloop.asyncio.Asyncio.coroutine;
import static workbook.eventloop.asyncio.Asyncio.createTask;
import static workbook.eventloop.asyncio.Asyncio.gather;
import static workbook.eventloop.asyncio.Asyncio.getRunningLoop;
import static workbook.eventloop.asyncio.Asyncio.sleep;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import workbook.kit.VirtualClock;

/** asyncio's rulebook on its own: what it reports, how it fails, and how long things take on the virtual clock. */
@Timeout(10)
class AsyncioLoopTest {

    private final VirtualClock clock = new VirtualClock();
    private final List<String> reports = new ArrayList<>();

    @Test
    void aCoroutineCalledButNeverAwaitedDoesNothingAndIsReportedByName() {
        List<String> printed = new ArrayList<>();
        AsyncioLoop.run(clock, reports::add, () -> {
            coroutine("send_mail", () -> {
                printed.add("mail sent");
            });
            return null;
        });
        assertThat(printed).as("the body of a coroutine object nobody awaited").isEmpty();
        assertThat(reports).containsExactly("RuntimeWarning: coroutine 'send_mail' was never awaited");
    }

    @Test
    void aTaskThatFailedUnawaitedIsReportedAndOneThatWasAwaitedIsNot() {
        AsyncioLoop.run(clock, reports::add, () -> {
            createTask(coroutine("lost", () -> {
                throw new IllegalStateException("mail server down");
            }));
            Task<Void> awaited = createTask(coroutine("awaited", () -> {
                throw new IllegalStateException("seen");
            }));
            try {
                await(awaited);
            } catch (IllegalStateException seen) {
                // retrieved: not reported
            }
            return null;
        });
        assertThat(reports).hasSize(1);
        assertThat(reports.getFirst()).startsWith("Task exception was never retrieved")
                .contains("coro=<lost()>").contains("mail server down");
    }

    @Test
    void awaitOutsideATaskFailsAtOnceNamingTheMistake() {
        AsyncioLoop.run(clock, reports::add, () -> {
            getRunningLoop().callSoon(() -> await(getRunningLoop().createFuture())); // a plain callback is no coroutine
            await(sleep(Duration.ZERO));
            return null;
        });
        assertThat(reports).as("a failing callback is reported, and the loop goes on, as asyncio's does").singleElement()
                .asString().startsWith("Exception in callback").contains("'await' outside async function");
    }

    @Test
    void awaitingAFutureNothingWillCompleteEndsWithAMessageInsteadOfHanging() {
        assertThatThrownBy(() -> AsyncioLoop.run(clock, reports::add, () -> await(getRunningLoop().createFuture())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("awaits a future that nothing will complete");
    }

    @Test
    void gatheredSleepsTakeTheLongestOneAndSleepsAwaitedInTurnTakeTheirSum() {
        Duration gathered = AsyncioLoop.run(clock, reports::add, () -> {
            Duration start = clock.now();
            await(gather(sleep(Duration.ofSeconds(5)), sleep(Duration.ofSeconds(10))));
            return clock.now().minus(start);
        });
        Duration inTurn = AsyncioLoop.run(clock, reports::add, () -> {
            Duration start = clock.now();
            await(sleep(Duration.ofSeconds(5)));
            await(sleep(Duration.ofSeconds(10)));
            return clock.now().minus(start);
        });
        assertThat(gathered).isEqualTo(Duration.ofSeconds(10));
        assertThat(inTurn).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void mainsExceptionComesOutOfRunAfterTheOtherTasksAreCancelled() {
        List<String> printed = new ArrayList<>();
        assertThatThrownBy(() -> AsyncioLoop.run(clock, reports::add, () -> {
            createTask(coroutine("background", () -> {
                try {
                    await(sleep(Duration.ofSeconds(10)));
                } finally {
                    printed.add("background cleaned up");
                }
            }));
            await(sleep(Duration.ofMillis(1)));
            throw new IllegalArgumentException("main failed");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("main failed");
        assertThat(printed).containsExactly("background cleaned up");
        assertThat(clock.now()).as("the cancelled 10 s sleep is not waited for").isLessThan(Duration.ofSeconds(1));
    }
}
