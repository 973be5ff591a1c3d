package workbook.eventloop.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import workbook.eventloop.server.BusyServerComparison.Row;
import workbook.eventloop.server.LoadGenerator.Load;

class BusyServerComparisonTest {

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // eight JVMs start: seconds each on a busy machine, never a hang
    void eachServerAndTheLoadRunInProcessesOfTheirOwnThatAllEnd() throws Exception {
        List<String> printed = new ArrayList<>();

        List<Row> rows = BusyServerComparison.run(3, 2, 4, printed::add);

        assertThat(rows).extracting(Row::server).containsExactly("2 platform threads", "virtual thread each", "JDK HTTP server, VT", "event loop");
        assertThat(rows).allSatisfy(row -> assertThat(row.load().errors()).as("%s: %s", row.server(), row.load()).isZero());
        assertThat(rows.getFirst().load().wall()).as("4 clients on 2 threads").isGreaterThan(workbook.kit.Timing.seconds(1.9));
        assertThat(rows.get(1).virtualThreads()).isEqualTo(3);
        assertThat(rows.get(2).virtualThreads()).as("the JDK's HTTP server, a virtual thread per request").isEqualTo(3);
        assertThat(rows.get(2).inService()).as("requests the JDK's HTTP server held at once").isEqualTo(3);
        assertThat(rows).allSatisfy(row -> assertThat(row.peaks().rssKib()).isPositive());
        assertThat(printed).anySatisfy(line -> assertThat(line).startsWith("| event loop           |       3 |"));
        assertThat(printed.getLast()).startsWith("2 platform threads at 3 clients: 2 rounds of 1 s");
        assertThat(ProcessHandle.current().children()).as("child processes left running").isEmpty();
    }

    @Test
    void theMediansOfSeveralRunsDivideEachWallTimeByTheLoopsInTheSameRun() {
        List<List<Row>> runs = List.of(
                List.of(row("2 platform threads", 4, 2.1, 0), row("virtual thread each", 10_000, 1.8, 0),
                        row("event loop", 10_000, 2.0, 0)),
                List.of(row("2 platform threads", 4, 2.0, 0), row("virtual thread each", 10_000, 4.2, 105),
                        row("event loop", 10_000, 3.0, 0)),
                List.of(row("2 platform threads", 4, 2.2, 0), row("virtual thread each", 10_000, 2.0, 0),
                        row("event loop", 10_000, 2.5, 0)));
        List<String> printed = new ArrayList<>();

        BusyServerComparison.medians(runs, printed::add);

        // walls 1.8, 2.0, 4.2: median 2.0; ratios 0.90, 1.40, 0.80: median 0.90, not 2.0 / 2.5
        assertThat(printed).anySatisfy(line -> assertThat(line)
                .startsWith("| virtual thread each  |  10,000 |   2.00 s (1.80 to 4.20 s) |   0.90 |")
                .endsWith("|            0 |"));
        assertThat(printed).anySatisfy(line -> assertThat(line).startsWith("| event loop           |  10,000 |   2.50 s (2.00 to 3.00 s) |   1.00 |"));
        assertThat(printed).as("no ratio beside a loop that served other clients")
                .anySatisfy(line -> assertThat(line).startsWith("| 2 platform threads   |       4 |   2.10 s (2.00 to 2.20 s) |        |"));
    }

    private static Row row(String server, int clients, double wall, long dropped) {
        Duration duration = Duration.ofMillis(Math.round(wall * 1000));
        return new Row(server, new Load(clients, clients, 0, duration, Duration.ofMillis(800), duration.minusMillis(800), null),
                new ProcessPeaks(9, 100 * 1024, 50 << 20), 7, 0, 10_000, dropped);
    }
}
