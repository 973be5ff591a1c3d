package workbook.eventloop.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Replays a trace's events into {@link Frame}s: what the picture shows after each step. */
final class Frames {

    private record Job(int id, String name, Event.Queue queue, long due) {
    }

    private final Map<Integer, Job> waiting = new LinkedHashMap<>(); // in the order they were queued
    private final List<String> stack = new ArrayList<>();
    private final List<String> console = new ArrayList<>();

    private Frames() {
    }

    static List<Frame> of(List<Event> events) {
        Frames replay = new Frames();
        List<Frame> frames = new ArrayList<>(List.of(Frame.start()));
        for (Event event : events) {
            String says = replay.apply(event);
            frames.add(replay.frame(event, says));
        }
        return frames;
    }

    private String apply(Event event) {
        return switch (event.type()) {
            case QUEUED -> {
                waiting.put(event.job(), new Job(event.job(), event.text(), event.queue(), 0));
                yield event.text() + " joins the " + queueName(event.queue());
            }
            case TIMER_SET -> {
                waiting.put(event.job(), new Job(event.job(), event.text(), Event.Queue.TIMERS, event.due()));
                yield "timer " + event.text() + " set, due at " + millis(event.due());
            }
            case TIMER_DUE -> {
                Job timer = waiting.remove(event.job());
                String name = timer == null ? "a timer" : timer.name();
                waiting.put(event.job(), new Job(event.job(), name, Event.Queue.READY, 0));
                yield "timer " + name + " is due: it joins the end of the ready queue";
            }
            case CANCELLED -> {
                Job job = waiting.remove(event.job());
                yield (job == null ? "a job" : job.name()) + " is cancelled: it will not run";
            }
            case STARTED -> {
                Job job = waiting.remove(event.job());
                String name = job == null ? event.text() : job.name();
                stack.add(name);
                yield job == null ? name + " runs"
                        : job.queue() == Event.Queue.TIMERS ? "timer " + name + " is due: its callback runs"
                        : "the loop takes " + name + " from the " + queueName(job.queue()) + ": it runs";
            }
            case ENDED -> {
                String name = stack.isEmpty() ? "the callback" : stack.removeLast();
                yield name + " returns" + (stack.isEmpty() ? ": the stack is empty, the loop takes the next job" : "");
            }
            case COROUTINE_STARTED -> {
                stack.add(event.text());
                yield event.text() + " starts";
            }
            case RESUMED -> {
                stack.add(event.text());
                yield event.text() + " resumes after its await";
            }
            case SUSPENDED -> {
                String name = stack.isEmpty() ? "the coroutine" : stack.removeLast();
                yield name + " suspends at await" + (event.text() == null ? "" : " (on " + event.text() + ")")
                        + ": its frames leave the stack";
            }
            case RETURNED -> {
                String name = stack.isEmpty() ? "the coroutine" : stack.removeLast();
                yield name + " returns";
            }
            case PRINTED -> {
                console.add(event.text());
                yield "prints \"" + event.text() + "\"";
            }
        };
    }

    private Frame frame(Event event, String says) {
        List<String> timers = waiting.values().stream().filter(job -> job.queue() == Event.Queue.TIMERS)
                .sorted(Comparator.comparingLong(Job::due).thenComparingInt(Job::id))
                .map(job -> job.name() + " @ " + millis(job.due())).toList();
        return new Frame(event.step(), event.nanos(), says, event.line(), List.copyOf(stack), timers,
                in(Event.Queue.TASKS), in(Event.Queue.MICROTASKS), in(Event.Queue.READY), List.copyOf(console));
    }

    private List<String> in(Event.Queue queue) {
        return waiting.values().stream().filter(job -> job.queue() == queue).map(Job::name).toList();
    }

    static String queueName(Event.Queue queue) {
        return switch (queue) {
            case TASKS -> "task queue";
            case TIMERS -> "timers";
            case MICROTASKS -> "microtask queue";
            case READY -> "ready queue";
        };
    }

    static String millis(long nanos) {
        return nanos % 1_000_000 == 0
                ? String.format(Locale.ROOT, "%d ms", nanos / 1_000_000)
                : String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
    }
}
