package workbook.polyglot;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The measured timings of this run, kept in target/runs/timings.txt for the book. */
final class Report {

    private static final List<String> LINES = new CopyOnWriteArrayList<>();

    private Report() {
    }

    static void add(String line) {
        LINES.add(line);
        System.out.println("[timing] " + line);
        Outputs.keep("timings", List.copyOf(LINES));
    }
}
