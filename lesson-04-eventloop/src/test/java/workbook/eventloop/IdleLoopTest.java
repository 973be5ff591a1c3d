package workbook.eventloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import workbook.kit.Goal;

class IdleLoopTest {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    @Goal(exercise = EventLoop.class, failsBecause = "of a core while idle")
    void anIdleLoopLeavesTheCoreFree() throws Exception {
        LoopOnAThread idle = LoopOnAThread.start("idle-loop");
        long cpuBefore = THREADS.getThreadCpuTime(idle.thread.threadId());
        long wallBefore = System.nanoTime();

        Thread.sleep(Duration.ofSeconds(1)); // the measuring window: the loop has nothing to do for 30 s

        long cpu = THREADS.getThreadCpuTime(idle.thread.threadId()) - cpuBefore;
        long wall = System.nanoTime() - wallBefore;
        idle.stop();
        double share = (double) cpu / wall;
        assertThat(share)
                .as(String.format(Locale.ROOT, """
                        the loop thread used %.0f %% of a core while idle (%.3f s of CPU in %.2f s, its next timer 30 s \
                        away), expected under 5 %%: look at EventLoop.waitForWork, is it asking "is it time yet?" \
                        over and over instead of sleeping until the deadline?""", 100 * share, cpu / 1e9, wall / 1e9))
                .isLessThan(0.05);
    }

    @Test
    void theMeasurementSeesABusyThread() throws Exception {
        // the same measurement on a thread that spins: proof that the idle test above can fail
        AtomicBoolean stop = new AtomicBoolean();
        Thread spinner = Thread.ofPlatform().daemon().start(() -> {
            while (!stop.get()) {
                Thread.onSpinWait();
            }
        });
        long cpuBefore = THREADS.getThreadCpuTime(spinner.threadId());
        long wallBefore = System.nanoTime();
        Thread.sleep(Duration.ofMillis(500));
        long cpu = THREADS.getThreadCpuTime(spinner.threadId()) - cpuBefore;
        long wall = System.nanoTime() - wallBefore;
        stop.set(true);
        spinner.join();
        assertThat((double) cpu / wall).as("a spinning thread's share of a core").isGreaterThan(0.05);
    }
}
