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
    void aThreadsOwnWaitingCountsItsSleepsAndParksButNotItsComputing() throws Exception {
        MachineLoad.OwnTime[] reading = new MachineLoad.OwnTime[1];
        Duration[] afterComputing = new Duration[1];
        Duration[] atTheEnd = new Duration[1];
        Thread worker = Thread.ofPlatform().start(() -> {
            reading[0] = MachineLoad.ownTime();
            long end = System.nanoTime() + Duration.ofMillis(300).toNanos();
            while (System.nanoTime() < end) {
                Thread.onSpinWait(); // computing: however long a busy machine makes it, no waiting
            }
            afterComputing[0] = reading[0].waited();
            try {
                Thread.sleep(200);
            } catch (InterruptedException unexpected) {
                throw new IllegalStateException(unexpected);
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            atTheEnd[0] = reading[0].waited();
        });
        worker.join();

        assertThat(afterComputing[0]).as("the waiting of a thread that only computed").isLessThan(Duration.ofMillis(50));
        assertThat(atTheEnd[0]).as("the waiting of a thread that slept 0.2 s and parked 0.2 s")
                .isGreaterThanOrEqualTo(Duration.ofMillis(380));
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
