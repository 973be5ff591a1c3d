package workbook.eventloop.trace;

import java.util.List;

/** One {@link Frame} as text: the same boxes as the book's stepper, one per line. */
public final class TraceText {

    private TraceText() {
    }

    public static String frame(Frame frame) {
        return "step " + frame.step() + " at " + Frames.millis(frame.nanos())
                + (frame.line() > 0 ? " (line " + frame.line() + ")" : "") + ": " + frame.says() + "\n"
                + row("call stack", frame.stack().reversed()) // the top of the stack first, as it is drawn
                + row("timers", frame.timers())
                + (frame.tasks().isEmpty() && frame.ready().isEmpty() ? row("task queue", List.of()) : "")
                + (frame.tasks().isEmpty() ? "" : row("task queue", frame.tasks()))
                + (frame.ready().isEmpty() ? "" : row("ready queue", frame.ready()))
                + row("microtasks", frame.microtasks())
                + row("console", frame.console());
    }

    /** The queues of a frame in one line: what a failure message shows at the step an order went wrong. */
    public static String queues(Frame frame) {
        return "stack " + list(frame.stack().reversed()) + ", timers " + list(frame.timers())
                + (frame.ready().isEmpty() ? ", task queue " + list(frame.tasks()) : ", ready queue " + list(frame.ready()))
                + ", microtasks " + list(frame.microtasks());
    }

    private static String row(String box, List<String> items) {
        return String.format("  %-12s %s%n", box, items.isEmpty() ? "-" : String.join(" | ", items));
    }

    private static String list(List<String> items) {
        return "[" + String.join(", ", items) + "]";
    }
}
