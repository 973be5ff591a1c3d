package workbook.eventloop.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
    private final boolean asyncio;

    private Trace(List<Event> events, List<String> printed, Throwable failure, boolean asyncio) {
        this.events = events;
        this.printed = printed;
        this.failure = failure;
        this.asyncio = asyncio;
    }

    /** Runs {@code program} on this thread, recording every loop it makes. */
    public static Trace record(Program program, Class<?>... source) {
        return record(program, Set.of(), source);
    }

    /**
     * The same, where the methods named {@code harness} (and their lambdas) of the source classes only
     * start the program and collect its output: their lines are not the program's.
     */
    public static Trace record(Program program, Set<String> harness, Class<?>... source) {
        Recorder recorder = new Recorder(new LinkedHashSet<>(Arrays.asList(source)), harness);
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
        return new Trace(recorder.events(), List.copyOf(printed), failure, recorder.asyncio());
    }

    /**
     * Runs {@code run} on this thread, recording, and throws what it throws: a test's run, whose
     * trace explains a wrong order ({@link #divergence}).
     */
    public static Trace of(Runnable run) {
        Trace trace = record(print -> run.run());
        if (trace.failure instanceof RuntimeException thrown) {
            throw thrown;
        }
        if (trace.failure instanceof Error thrown) {
            throw thrown;
        }
        return trace;
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

    /**
     * Where the lines printed during the run (those of {@code print} and of {@link PrintedLines})
     * first leave {@code expected}, with the stack and the queues at that step; empty if they never do.
     */
    public String divergence(List<String> expected) {
        List<Event> prints = events.stream().filter(event -> event.type() == Event.Type.PRINTED).toList();
        List<Frame> frames = frames();
        for (int i = 0; i < Math.max(prints.size(), expected.size()); i++) {
            if (i >= prints.size()) {
                return "the run stopped printing after " + i + " line(s), where \"" + expected.get(i)
                        + "\" was expected next; when the loop ended: " + TraceText.queues(frames.getLast(), asyncio);
            }
            Event printed = prints.get(i);
            if (i >= expected.size() || !printed.text().equals(expected.get(i))) {
                Frame at = frames.get(printed.step());
                return "the first divergence is line " + (i + 1) + ", \"" + printed.text() + "\" printed where "
                        + (i >= expected.size() ? "nothing more" : "\"" + expected.get(i) + "\"") + " was expected; at that "
                        + "step (" + printed.step() + " of the loop's trace, at " + Frames.millis(at.nanos()) + "): "
                        + TraceText.queues(at, asyncio);
            }
        }
        return "";
    }

    /** The first {@code count} events only: the first rounds of a long run. */
    public Trace firstEvents(int count) {
        return new Trace(events.subList(0, Math.min(count, events.size())), printed, failure, asyncio);
    }

    /** The trace in the stepper's JSON format. */
    public String toJson(String title, String rules, TraceJson.Source source) {
        return TraceJson.write(this, title, rules, source, true);
    }

    /** The same without the events: the frames are all a viewer needs. */
    public String toViewerJson(String title, String rules, TraceJson.Source source) {
        return TraceJson.write(this, title, rules, source, false);
    }

    /** Every frame as a few lines of text, for a terminal. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        for (Frame frame : frames()) {
            text.append(TraceText.frame(frame, asyncio)).append('\n');
        }
        return text.toString();
    }
}
