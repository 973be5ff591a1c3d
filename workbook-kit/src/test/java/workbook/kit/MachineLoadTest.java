package workbook.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class MachineLoadTest {

    @Test
    void anIdleWindowSeesAPollerAndNotASleeper() throws Exception {
        AtomicLong polls = new AtomicLong();
        AtomicLong naps = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        Thread poller = Thread.ofPlatform().daemon().start(() -> {
            while (!stop.get()) {
                LockSupport.parkNanos(Duration.ofMillis(2).toNanos()); // "anything yet?" every 2 ms
                polls.incrementAndGet();
            }
        });
        Thread sleeper = Thread.ofPlatform().daemon().start(() -> {
            while (!stop.get()) {
                LockSupport.parkNanos(Duration.ofSeconds(30).toNanos()); // idle until there is something to do
                naps.incrementAndGet();
            }
        });
        long pollsBefore = polls.get();
        long start = System.nanoTime();

        MachineLoad.Window window = MachineLoad.idleWindow(Duration.ofMillis(300));

        long polled = polls.get() - pollsBefore;
        long napped = naps.get();
        stop.set(true);
        LockSupport.unpark(sleeper);
        poller.join();
        sleeper.join();
        assertThat(window.wall()).isGreaterThanOrEqualTo(Duration.ofMillis(300))
                .isLessThanOrEqualTo(Duration.ofNanos(System.nanoTime() - start));
        assertThat(window.probeWakeUps()).as("the probe's wake-ups %s", window.describe()).isGreaterThanOrEqualTo(150);
        assertThat(polled).as("a 2 ms poller's wake-ups %s", window.describe()).isGreaterThan(5 * window.allowance());
        assertThat(napped).as("an idle thread's wake-ups").isZero();
    }

    @Test
    void theAllowanceIsFiveOrTenASecond() {
        assertThat(new MachineLoad.Window(Duration.ofMillis(500), 400, "").allowance()).isEqualTo(5);
        assertThat(new MachineLoad.Window(Duration.ofSeconds(4), 400, "").allowance()).isEqualTo(40);
    }

    @Test
    void aTestTheMachineCannotJudgeIsAbortedSayingWhy() {
        assertThat(MachineLoad.tooBusy("the probe woke 3 times").getMessage())
                .startsWith("could not judge: the machine is too busy (")
                .contains("the probe woke 3 times")
                .contains("run it again when the machine is quieter");
    }
}
