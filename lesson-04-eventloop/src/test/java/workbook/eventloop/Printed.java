package workbook.eventloop;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import workbook.kit.Clock;

/** What a demo printed, each line with the time it was printed on a clock. */
final class Printed implements Consumer<String> {

    record Line(String text, Duration at) {
        @Override
        public String toString() {
            return "\"" + text + "\" at " + SimulTrace.clock(at);
        }
    }

    private final Clock clock;
    private final List<Line> lines = new CopyOnWriteArrayList<>();

    Printed(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void accept(String text) {
        lines.add(new Line(text, clock.now()));
    }

    List<String> texts() {
        return lines.stream().map(Line::text).toList();
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    /** When {@code text} was printed, since {@code origin}. */
    Duration at(String text, Duration origin) {
        return lines.stream().filter(line -> line.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("\"" + text + "\" was never printed; printed: " + texts()))
                .at().minus(origin);
    }
}
