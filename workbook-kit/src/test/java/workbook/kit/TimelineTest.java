package workbook.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private final AtomicLong nanos = new AtomicLong();
    private final Timeline timeline = Timeline.on(nanos::get);

    @Test
    void recordsEachTaskWithItsThreadStartAndEnd() {
        timeline.record("first", () -> nanos.addAndGet(3_000_000_000L));
        Timeline.Running second = timeline.begin("second");
        nanos.addAndGet(1_000_000_000L);
        second.end();

        assertThat(timeline.spans()).containsExactly(
                new Timeline.Span("first", Thread.currentThread().getName(), Duration.ZERO, Duration.ofSeconds(3)),
                new Timeline.Span("second", Thread.currentThread().getName(), Duration.ofSeconds(3), Duration.ofSeconds(4)));
        assertThat(timeline.total()).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void drawsOneBarPerTaskInProportionToItsTime() {
        timeline.record("long", () -> nanos.addAndGet(3_000_000_000L));
        timeline.record("short", () -> nanos.addAndGet(1_000_000_000L));

        String[] lines = timeline.toString().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).contains("long", "0.00 s → 3.00 s").contains("█".repeat(30)).doesNotContain("█".repeat(31));
        assertThat(lines[1]).contains("short", "3.00 s → 4.00 s").contains("█".repeat(10)).doesNotContain("█".repeat(11));
    }

    @Test
    void namesVirtualThreadsAsSuch() throws InterruptedException {
        Thread.ofVirtual().name("v1").start(() -> timeline.record("task", () -> { })).join();

        assertThat(timeline.spans().getFirst().thread()).isEqualTo("v1 (virtual)");
    }
}
