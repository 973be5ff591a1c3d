package workbook.eventloop.trace;

/**
 * One thing the loop did, in the order it did it.
 *
 * @param step   1, 2, 3... in the order of the run
 * @param nanos  the loop's clock, from the start of the run (virtual or real)
 * @param type   what happened
 * @param queue  where a job waits, for {@link Type#QUEUED}, {@link Type#TIMER_SET} and {@link Type#TIMER_DUE}
 * @param job    the job's number (each queuing makes a new one), 0 when none
 * @param text   the job's name, the printed line, what an await suspended on
 * @param due    a timer's deadline, from the start of the run, in nanoseconds
 * @param line   the program's source line running at that moment, 0 when unknown
 */
public record Event(int step, long nanos, Type type, Queue queue, int job, String text, long due, int line) {

    /** What happened. */
    public enum Type {
        QUEUED, TIMER_SET, TIMER_DUE, CANCELLED, STARTED, ENDED, COROUTINE_STARTED, SUSPENDED, RESUMED, RETURNED, PRINTED
    }

    /** Where a job waits for its turn. */
    public enum Queue {
        /** JavaScript's task queue: tasks from {@code execute}, other threads' completions. */
        TASKS,
        /** Timers not yet due, by deadline. */
        TIMERS,
        /** The microtask queue: promise reactions, {@code queueMicrotask}, continuations. */
        MICROTASKS,
        /** asyncio's one ready queue of handles ({@code call_soon}, due timers, task steps). */
        READY
    }
}
