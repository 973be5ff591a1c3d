package workbook.kit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * What happened, and when: one {@link Span} per task, with the thread that ran it.
 *
 * <p>Tests print it when a timing claim fails, so the attendee sees <em>why</em> 6 s were spent
 * instead of 3; the book draws it as one bar per task. Safe to record into from many threads.
 */
public final class Timeline {

    /** One task's stay on one thread, in time since the timeline began. */
    public record Span(String task, String thread, Duration start, Duration end) {
        public Duration length() {
            return end.minus(start);
        }
    }

    private final LongSupplier nanoClock;
    private final long origin;
    private final List<Span> spans = new ArrayList<>();

    private Timeline(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.origin = nanoClock.getAsLong();
    }

    /** A timeline on the wall clock, starting now. */
    public static Timeline startingNow() {
        return new Timeline(System::nanoTime);
    }

    /** A timeline on any clock that counts nanoseconds, such as a simulation's virtual clock. */
    public static Timeline on(LongSupplier nanoClock) {
        return new Timeline(nanoClock);
    }

    /** A task that has begun on some thread and not yet ended. */
    public final class Running {
        private final String task;
        private final Thread thread = Thread.currentThread();
        private final Duration start = now();

        private Running(String task) {
            this.task = task;
        }

        /** Records the span, from {@link #begin} until now, on the thread that began it. */
        public void end() {
            add(task, thread, start, now());
        }
    }

    /** Starts a span on the calling thread; call {@link Running#end()} when the task is over. */
    public Running begin(String task) {
        return new Running(task);
    }

    /** Runs {@code task} on the calling thread and records how long it took. */
    public void record(String task, Runnable work) {
        Running running = begin(task);
        try {
            work.run();
        } finally {
            running.end();
        }
    }

    /** Records a span measured elsewhere, for work that starts on one callback and ends on another. */
    public void add(String task, Thread thread, Duration start, Duration end) {
        Span span = new Span(task, describe(thread), start, end);
        synchronized (spans) {
            spans.add(span);
        }
    }

    /** Time since the timeline began. */
    public Duration now() {
        return Duration.ofNanos(nanoClock.getAsLong() - origin);
    }

    /** The spans, earliest start first. */
    public List<Span> spans() {
        synchronized (spans) {
            return spans.stream().sorted(Comparator.comparing(Span::start)).toList();
        }
    }

    /** From the first start to the last end. */
    public Duration total() {
        List<Span> all = spans();
        return all.stream().map(Span::end).max(Comparator.naturalOrder()).orElse(Duration.ZERO)
                .minus(all.stream().map(Span::start).min(Comparator.naturalOrder()).orElse(Duration.ZERO));
    }

    /** A text chart, one bar per task, 40 columns wide for the whole timeline. */
    @Override
    public String toString() {
        List<Span> all = spans();
        if (all.isEmpty()) {
            return "(nothing recorded)";
        }
        double end = all.stream().mapToLong(s -> s.end().toNanos()).max().orElse(1);
        int taskWidth = all.stream().mapToInt(s -> s.task().length()).max().orElse(4);
        int threadWidth = all.stream().mapToInt(s -> s.thread().length()).max().orElse(6);
        StringBuilder chart = new StringBuilder();
        for (Span span : all) {
            int from = (int) Math.round(40 * span.start().toNanos() / end);
            int to = Math.max(from + 1, (int) Math.round(40 * span.end().toNanos() / end));
            chart.append(String.format(Locale.ROOT, "%-" + taskWidth + "s  %-" + threadWidth + "s  %8s → %-8s |%s%s%s|%n",
                    span.task(), span.thread(), seconds(span.start()), seconds(span.end()),
                    " ".repeat(from), "█".repeat(to - from), " ".repeat(Math.max(0, 40 - to))));
        }
        return chart.toString();
    }

    /** "3.01 s", the way every lesson prints a duration. */
    public static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.2f s", duration.toNanos() / 1e9);
    }

    private static String describe(Thread thread) {
        String name = thread.getName().isEmpty() ? "#" + thread.threadId() : thread.getName();
        return thread.isVirtual() ? name + " (virtual)" : name;
    }
}
