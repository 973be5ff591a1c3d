package workbook.eventloop.trace;

import java.util.List;

/**
 * The classic picture after one {@link Event}: the call stack (bottom first), the timers waiting
 * (soonest first), the queues (next first) and the console so far, with one sentence saying what
 * just happened and the program's line that caused it.
 */
public record Frame(int step, long nanos, String says, int line, List<String> stack, List<String> timers,
                    List<String> tasks, List<String> microtasks, List<String> ready, List<String> console) {

    /** The frame before anything ran. */
    static Frame start() {
        return new Frame(0, 0, "nothing has run yet", 0, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
