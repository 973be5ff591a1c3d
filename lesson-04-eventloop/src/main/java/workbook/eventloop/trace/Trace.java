package workbook.eventloop.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * A recorded run of a loop: its events, what it printed, and the pictures they make.
 *
 * <p>{@code Trace.record(print -> HiJSConfEU.run(clock, delay, print), HiJSConfEU.class)} runs the
 * program with a {@link Recorder} installed on this thread: every loop it makes here reports to
 * it. Lines given to {@code print} are recorded; the classes named are the program's source, whose
 * running line each event notes. Nothing else changes: the run is the program's real run.
 *
 * <p>{@link #toJson()} writes the format the book's stepper reads (see {@link TraceJson});
 * {@link #toText()} the same frames for a terminal.
 */
public final class Trace {

    /** What a program does, given the console to print on. */
    @FunctionalInterface
    public interface Program {
        void run(Consumer<String> print) throws Exception;
    }

    private final List<Event> events;
    private final List<String> printed;
    private final Throwable failure;

    private Trace(List<Event> events, List<String> printed, Throwable failure) {
        this.events = events;
        this.printed = printed;
        this.failure = failure;
    }

    /** Runs {@code program} on this thread, recording every loop it makes. */
    public static Trace record(Program program, Class<?>... source) {
        Recorder recorder = new Recorder(new LinkedHashSet<>(Arrays.asList(source)));
        List<String> printed = new ArrayList<>();
        Throwable failure = null;
        Recorder.install(recorder);
        try {
            program.run(line -> {
                recorder.printed(line);
                printed.add(line);
            });
        } catch (Exception | Error failed) {
            failure = failed; // an uncaught error ends a run: the trace up to there is still worth showing
        } finally {
            Recorder.uninstall();
        }
        return new Trace(recorder.events(), List.copyOf(printed), failure);
    }

    public List<Event> events() {
        return events;
    }

    /** Every line the program printed, in order. */
    public List<String> printed() {
        return printed;
    }

    /** What ended the run early, or null. */
    public Throwable failure() {
        return failure;
    }

    /** The picture before the first event and after each one. */
    public List<Frame> frames() {
        return Frames.of(events);
    }

    /** The first {@code count} events only: the first rounds of a long run. */
    public Trace firstEvents(int count) {
        return new Trace(events.subList(0, Math.min(count, events.size())), printed, failure);
    }

    /** The trace in the stepper's JSON format. */
    public String toJson(String title, String rules, TraceJson.Source source) {
        return TraceJson.write(this, title, rules, source);
    }

    /** Every frame as a few lines of text, for a terminal. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        for (Frame frame : frames()) {
            text.append(TraceText.frame(frame)).append('\n');
        }
        return text.toString();
    }
}
