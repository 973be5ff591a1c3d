package workbook.book;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import workbook.eventloop.trace.Trace;
import workbook.eventloop.trace.TraceJson;
import workbook.polyglot.Steppers;

/**
 * Records the runs the book steps through ({@link Steppers}: the talk's examples and every ordering
 * puzzle) while the book is built, and writes for each, into {@code <runs>/traces}: {@code NAME.json}
 * (the trace, format {@code workbook-trace/1}), {@code NAME-output.txt} (what the run printed) and
 * {@code NAME.adoc} (its stepper, the trace inline, so that the page works from the file system);
 * {@code javascript-puzzles.adoc} and
 * {@code asyncio-puzzles.adoc} hold every puzzle's.
 *
 * <p>A stepper whose last console differs from what the run printed, or, for a puzzle, from what
 * Node or CPython printed (the polyglot tests' records), stops the build.
 *
 * <p>Usage: {@code BookTraces <repository root> <runs folder> <polyglot runs folder>}.
 */
public final class BookTraces {

    private BookTraces() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        Path traces = Path.of(args[1]).resolve("traces");
        Path polyglotRuns = Path.of(args[2]);
        Files.createDirectories(traces);
        List<String> javascript = new ArrayList<>();
        List<String> asyncio = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Steppers.Stepper stepper : Steppers.all().values()) {
            Trace trace = stepper.record();
            List<String> console = trace.frames().getLast().console();
            if (!console.equals(trace.printed())) {
                wrong.add(stepper.name() + ": the stepper ends with " + console + " but the run printed " + trace.printed());
            }
            Path reference = reference(stepper, polyglotRuns);
            if (reference != null) {
                List<String> runtime = Files.readAllLines(reference, StandardCharsets.UTF_8);
                if (!console.equals(runtime)) {
                    wrong.add(stepper.name() + ": the stepper ends with " + console + " but " + reference.getFileName()
                            + " has " + runtime);
                }
            }
            TraceJson.Source source = stepper.source(root, trace);
            Files.writeString(traces.resolve(stepper.name() + ".json"), trace.toJson(stepper.title(), stepper.rules(), source),
                    StandardCharsets.UTF_8);
            String page = trace.toViewerJson(stepper.title(), stepper.rules(), source); // the page needs the frames only
            Files.writeString(traces.resolve(stepper.name() + ".adoc"), block(stepper, page), StandardCharsets.UTF_8);
            Files.write(traces.resolve(stepper.name() + "-output.txt"), trace.printed(), StandardCharsets.UTF_8);
            if (stepper.name().startsWith("puzzle-")) {
                javascript.add(collapsible(stepper));
            } else if (stepper.name().startsWith("asyncio-puzzle-")) {
                asyncio.add(collapsible(stepper));
            }
        }
        Files.writeString(traces.resolve("javascript-puzzles.adoc"), String.join("\n", javascript), StandardCharsets.UTF_8);
        Files.writeString(traces.resolve("asyncio-puzzles.adoc"), String.join("\n", asyncio), StandardCharsets.UTF_8);
        if (!wrong.isEmpty()) {
            System.err.println("The book's steppers do not end as their runs did:\n  " + String.join("\n  ", wrong));
            System.exit(1);
        }
    }

    /** What the real runtime printed for a puzzle, as the polyglot tests recorded it; null for the talk's examples. */
    private static Path reference(Steppers.Stepper stepper, Path polyglotRuns) {
        String name = stepper.name();
        if (name.startsWith("puzzle-")) {
            return polyglotRuns.resolve(name + "-node.txt");
        }
        return name.startsWith("asyncio-puzzle-") ? polyglotRuns.resolve(name + "-python.txt") : null;
    }

    /** The stepper itself: an element the book's script fills in, with the trace inside. */
    private static String block(Steppers.Stepper stepper, String json) {
        return """
                ++++
                <div class="stepper" id="stepper-%s">
                <script type="application/json" class="stepper-trace">
                %s</script>
                </div>
                ++++
                """.formatted(stepper.name(), json);
    }

    /** A puzzle: its script, then its stepper, folded until the reader opens it. */
    private static String collapsible(Steppers.Stepper stepper) {
        String language = stepper.script().endsWith(".py") ? "python" : "javascript";
        return """
                [%%collapsible.stepper-puzzle]
                .%s
                ====
                [source,%s]
                ----
                include::{root}/%s[]
                ----

                include::%s.adoc[]
                ====
                """.formatted(stepper.title(), language, stepper.script(), stepper.name());
    }
}
