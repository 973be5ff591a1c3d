package workbook.eventloop.trace;

import java.util.List;
import java.util.Locale;

/**
 * The trace format the book's stepper reads: one JSON object, {@code "format": "workbook-trace/1"}.
 *
 * <pre>
 * {
 *   "format": "workbook-trace/1",
 *   "title": "Hi, JSConfEU",            what was run
 *   "rules": "javascript",              or "asyncio": which queues the picture has
 *   "source": {"file": "...", "lines": [{"n": 21, "text": "..."}, ...]},   the program's lines shown
 *   "output": ["Hi", "JSConfEU", "there"],   every line the run printed
 *   "failure": null,                    or what ended the run early
 *   "events": [{"step": 1, "ms": 0.0, "type": "QUEUED", "queue": "TASKS", "job": 1,
 *               "text": "main", "dueMs": 0.0, "line": 0}, ...],
 *   "frames": [{"step": 0, "ms": 0.0, "says": "...", "line": 0, "stack": [...], "timers": [...],
 *               "tasks": [...], "microtasks": [...], "ready": [...], "console": [...]}, ...]
 * }
 * </pre>
 * Events are what the loop reported ({@link Event}); frame {@code n} is the picture after event
 * {@code n} (frame 0: before anything ran), so a viewer steps back and forth without replaying. A
 * copy meant for a viewer only may leave the events out ({@code "events": []}): the book's pages do.
 * Times are the loop's clock in milliseconds from the start of the run; {@code line} is 0 when
 * no line of the program was running.
 */
public final class TraceJson {

    public static final String FORMAT = "workbook-trace/1";

    /** The program's source file as shown: its path and the lines around those that ran. */
    public record Source(String file, List<Line> lines) {
        public static Source none() {
            return new Source("", List.of());
        }
    }

    /** One line of source, with its number in the file. */
    public record Line(int n, String text) {
    }

    private TraceJson() {
    }

    static String write(Trace trace, String title, String rules, Source source, boolean withEvents) {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"format\": ").append(string(FORMAT)).append(",\n");
        json.append("  \"title\": ").append(string(title)).append(",\n");
        json.append("  \"rules\": ").append(string(rules)).append(",\n");
        json.append("  \"source\": {\"file\": ").append(string(source.file())).append(", \"lines\": [");
        for (int i = 0; i < source.lines().size(); i++) {
            Line line = source.lines().get(i);
            json.append(i == 0 ? "\n    " : ",\n    ").append("{\"n\": ").append(line.n()).append(", \"text\": ")
                    .append(string(line.text())).append('}');
        }
        json.append("]},\n");
        json.append("  \"output\": ").append(strings(trace.printed())).append(",\n");
        json.append("  \"failure\": ").append(trace.failure() == null ? "null" : string(trace.failure().toString())).append(",\n");
        json.append("  \"events\": [");
        List<Event> events = withEvents ? trace.events() : List.of();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            json.append(i == 0 ? "\n    " : ",\n    ")
                    .append("{\"step\": ").append(e.step())
                    .append(", \"ms\": ").append(millis(e.nanos()))
                    .append(", \"type\": ").append(string(e.type().name()))
                    .append(", \"queue\": ").append(e.queue() == null ? "null" : string(e.queue().name()))
                    .append(", \"job\": ").append(e.job())
                    .append(", \"text\": ").append(e.text() == null ? "null" : string(e.text()))
                    .append(", \"dueMs\": ").append(millis(e.due()))
                    .append(", \"line\": ").append(e.line()).append('}');
        }
        json.append("],\n  \"frames\": [");
        List<Frame> frames = trace.frames();
        for (int i = 0; i < frames.size(); i++) {
            Frame f = frames.get(i);
            json.append(i == 0 ? "\n    " : ",\n    ")
                    .append("{\"step\": ").append(f.step())
                    .append(", \"ms\": ").append(millis(f.nanos()))
                    .append(", \"says\": ").append(string(f.says()))
                    .append(", \"line\": ").append(f.line())
                    .append(", \"stack\": ").append(strings(f.stack()))
                    .append(", \"timers\": ").append(strings(f.timers()))
                    .append(", \"tasks\": ").append(strings(f.tasks()))
                    .append(", \"microtasks\": ").append(strings(f.microtasks()))
                    .append(", \"ready\": ").append(strings(f.ready()))
                    .append(", \"console\": ").append(strings(f.console())).append('}');
        }
        return json.append("]\n}\n").toString();
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
    }

    private static String strings(List<String> items) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            json.append(i == 0 ? "" : ", ").append(string(items.get(i)));
        }
        return json.append(']').toString();
    }

    static String string(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '<' -> json.append("\\u003c"); // safe inside an HTML script element too
                default -> {
                    if (c < 0x20) {
                        json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
