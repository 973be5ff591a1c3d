package workbook.eventloop.trace;

import java.util.List;

/** One {@link Frame} as text: the same boxes as the book's stepper, one per line. */
public final class TraceText {

    private TraceText() {
    }

    /** A frame of a loop under JavaScript's rules ({@code asyncio} false) or asyncio's. */
    public static String frame(Frame frame, boolean asyncio) {
        return "step " + frame.step() + " at " + Frames.millis(frame.nanos())
                + (frame.line() > 0 ? " (line " + frame.line() + ")" : "") + ": " + frame.says() + "\n"
                + row("call stack", frame.stack().reversed()) // the top of the stack first, as it is drawn
                + row("timers", frame.timers())
                + (asyncio ? row("ready queue", frame.ready()) : row("task queue", frame.tasks()) + row("microtasks", frame.microtasks()))
                + row("console", frame.console());
    }

    /** The queues of a frame in one line: what a failure message shows at the step an order went wrong. */
    public static String queues(Frame frame, boolean asyncio) {
        return "stack " + list(frame.stack().reversed()) + ", timers " + list(frame.timers())
                + (asyncio ? ", ready queue " + list(frame.ready())
                        : ", task queue " + list(frame.tasks()) + ", microtask queue " + list(frame.microtasks()));
    }

    private static String row(String box, List<String> items) {
        return String.format("  %-12s %s%n", box, items.isEmpty() ? "-" : String.join(" | ", items));
    }

    private static String list(List<String> items) {
        return "[" + String.join(", ", items) + "]";
    }
}
