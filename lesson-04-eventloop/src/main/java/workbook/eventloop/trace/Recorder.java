package workbook.eventloop.trace;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import workbook.kit.Clock;

/**
 * What a loop tells while it runs, when someone asked for a {@link Trace}: every callback that
 * starts and ends, every timer set, due or cancelled, every job queued, every await that suspends
 * and every resumption, every printed line, each with the loop's clock.
 *
 * <p>A loop takes the recorder once, when it is made ({@link #forLoop}), into a final field, and
 * asks {@code if (trace != null)} at each hook: with nobody recording, that is all it costs. The
 * recorder keeps bare events; the pictures ({@link Frame}) are drawn afterwards.
 */
public final class Recorder {

    private static final ThreadLocal<Recorder> INSTALLED = new ThreadLocal<>();

    private final List<Event> events = new ArrayList<>();
    private final Map<Object, ArrayDeque<Integer>> jobs = new IdentityHashMap<>(); // a callback may be queued twice
    private final Set<Class<?>> program;
    private final Set<String> harness;
    private Clock clock;
    private long origin;
    private boolean asyncio;
    private int jobsSeen;
    private final Map<String, Integer> names = new java.util.HashMap<>();

    Recorder(Set<Class<?>> program, Set<String> harness) {
        this.program = program;
        this.harness = harness;
    }

    /** The recorder a loop made on this thread reports to, or null: nobody records. */
    public static Recorder forLoop(Clock clock) {
        return forLoop(clock, false);
    }

    /** The same for a loop under asyncio's rules: one ready queue, no microtasks. */
    public static Recorder forAsyncioLoop(Clock clock) {
        return forLoop(clock, true);
    }

    private static Recorder forLoop(Clock clock, boolean asyncio) {
        Recorder recorder = INSTALLED.get();
        if (recorder != null && recorder.clock == null) {
            recorder.clock = clock;
            recorder.origin = clock.nanos();
            recorder.asyncio = asyncio;
        }
        return recorder;
    }

    /** True when the (first) loop recorded follows asyncio's rules. */
    synchronized boolean asyncio() {
        return asyncio;
    }

    /** For a coroutine made on this thread: the same recorder as its loop's, or null. */
    public static Recorder installed() {
        return INSTALLED.get();
    }

    static void install(Recorder recorder) {
        INSTALLED.set(recorder);
    }

    static void uninstall() {
        INSTALLED.remove();
    }

    /** {@code job} waits in {@code queue} (a task, a microtask, a ready handle). */
    public synchronized void queued(Event.Queue queue, Object job, String name) {
        add(Event.Type.QUEUED, queue, idOf(job, true), name, 0);
    }

    /** A timer is set: {@code job} runs at {@code deadline} nanoseconds on the loop's clock. */
    public synchronized void timerSet(Object job, String name, long deadline) {
        add(Event.Type.TIMER_SET, Event.Queue.TIMERS, idOf(job, true), name, deadline - origin);
    }

    /** A timer is due and joins the ready queue (asyncio's rule: due timers wait behind the ready handles). */
    public synchronized void timerDue(Object job) {
        add(Event.Type.TIMER_DUE, Event.Queue.READY, idOf(job, false), null, 0);
    }

    /** A timer or a handle will not run. */
    public synchronized void cancelled(Object job) {
        add(Event.Type.CANCELLED, null, takeId(job), null, 0);
    }

    /** {@code job} leaves its queue (or timer) and runs: it goes on the stack; {@code name} if it was never queued. */
    public synchronized void started(Object job, String name) {
        add(Event.Type.STARTED, null, takeId(job), name, 0);
    }

    /** The callback on top of the stack returns. */
    public synchronized void ended() {
        add(Event.Type.ENDED, null, 0, null, 0);
    }

    /** A coroutine starts or resumes: its frames go back on the stack. */
    public synchronized void resumed(String name, boolean first) {
        add(first ? Event.Type.COROUTINE_STARTED : Event.Type.RESUMED, null, 0, name, 0);
    }

    /** A coroutine suspends at an await on {@code on}: its frames leave the stack. */
    public synchronized void suspended(String on) {
        add(Event.Type.SUSPENDED, null, 0, on, 0);
    }

    /** A coroutine returns: its frames leave the stack for good. */
    public synchronized void returned() {
        add(Event.Type.RETURNED, null, 0, null, 0);
    }

    /** {@code name #1}, {@code name #2}...: coroutines of one kind told apart. */
    public synchronized String numbered(String name) {
        return name + " #" + names.merge(name, 1, Integer::sum);
    }

    /** A line the program printed. */
    public synchronized void printed(String line) {
        add(Event.Type.PRINTED, null, 0, line, 0);
    }

    synchronized List<Event> events() {
        return List.copyOf(events);
    }

    private int idOf(Object job, boolean fresh) {
        ArrayDeque<Integer> ids = jobs.get(job);
        if (fresh || ids == null || ids.isEmpty()) {
            int id = ++jobsSeen;
            jobs.computeIfAbsent(job, key -> new ArrayDeque<>()).add(id);
            return id;
        }
        return ids.peekFirst();
    }

    private int takeId(Object job) {
        ArrayDeque<Integer> ids = jobs.get(job);
        if (ids == null || ids.isEmpty()) {
            return 0; // never queued: the main script, a callback run by hand
        }
        Integer id = ids.pollFirst();
        if (ids.isEmpty()) {
            jobs.remove(job);
        }
        return id;
    }

    private void add(Event.Type type, Event.Queue queue, int id, String text, long due) {
        long at = clock == null ? 0 : clock.nanos() - origin;
        events.add(new Event(events.size() + 1, at, type, queue, id, text, due, program.isEmpty() ? 0 : programLine()));
    }

    /** The line of the program's source that is running now: its innermost frame on this stack. */
    private int programLine() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(frame -> program.contains(declaringClass(frame.getClassName())) && !inHarness(frame.getMethodName()))
                .mapToInt(StackWalker.StackFrame::getLineNumber)
                .findFirst().orElse(0));
    }

    /** A method of the program's class that only runs it (and its lambdas): not the program's own lines. */
    private boolean inHarness(String method) {
        for (String name : harness) {
            if (method.equals(name) || method.startsWith("lambda$" + name + "$")) {
                return true;
            }
        }
        return false;
    }

    private Class<?> declaringClass(String name) {
        for (Class<?> type : program) {
            if (type.getName().equals(name) || name.startsWith(type.getName() + "$")) {
                return type;
            }
        }
        return null;
    }
}
