package workbook.eventloop.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import workbook.eventloop.server.BusyServerComparison.Row;

class BusyServerComparisonTest {

    @Test
    void eachServerAndTheLoadRunInProcessesOfTheirOwnThatAllEnd() throws Exception {
        List<String> printed = new ArrayList<>();

        List<Row> rows = BusyServerComparison.run(3, 2, 4, printed::add);

        assertThat(rows).extracting(Row::server).containsExactly("2 platform threads", "virtual thread each", "JDK HTTP server, VT", "event loop");
        assertThat(rows).allSatisfy(row -> assertThat(row.load().errors()).as("%s: %s", row.server(), row.load()).isZero());
        assertThat(rows.getFirst().load().wall()).as("4 clients on 2 threads").isGreaterThan(workbook.kit.Timing.seconds(1.9));
        assertThat(rows.get(1).virtualThreads()).isEqualTo(3);
        assertThat(rows.get(2).virtualThreads()).as("the JDK's HTTP server, a virtual thread per request").isEqualTo(3);
        assertThat(rows).allSatisfy(row -> assertThat(row.peaks().rssKib()).isPositive());
        assertThat(printed).anySatisfy(line -> assertThat(line).startsWith("| event loop           |       3 |"));
        assertThat(printed.getLast()).startsWith("2 platform threads at 3 clients: 2 rounds of 1 s");
        assertThat(ProcessHandle.current().children()).as("child processes left running").isEmpty();
    }
}
