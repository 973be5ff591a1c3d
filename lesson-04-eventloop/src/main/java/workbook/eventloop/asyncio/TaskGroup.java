package workbook.eventloop.asyncio;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code asyncio.TaskGroup} (Python 3.11), after {@code taskgroups.py}: the first task that fails
 * cancels its siblings and the body that is still running; the group then waits for all of them
 * and raises the errors together, as an {@link ExceptionGroup}. Entered with
 * {@link Asyncio#taskGroup}.
 */
public final class TaskGroup {

    private final AsyncioLoop loop;
    private final Task<?> parent;
    private final Set<Task<?>> tasks = new LinkedHashSet<>(); // Python's is a set: siblings are cancelled in any order
    private final List<Throwable> errors = new ArrayList<>();
    private boolean exiting;
    private boolean aborting;
    private boolean parentCancelRequested;
    private Future<Boolean> onCompleted;

    TaskGroup(AsyncioLoop loop, Task<?> parent) {
        this.loop = loop;
        this.parent = parent;
    }

    /** {@code tg.create_task(coro)}: a task of the group; it starts at the loop's next turn. */
    public <T> Task<T> createTask(Coroutine<T> coroutine) {
        if (exiting && tasks.isEmpty()) {
            throw new IllegalStateException("TaskGroup is finished");
        }
        if (aborting) {
            throw new IllegalStateException("TaskGroup is shutting down");
        }
        Task<T> task = loop.createTask(coroutine);
        task.addDoneCallback(this::onTaskDone);
        tasks.add(task);
        return task;
    }

    // tag::exit[]
    /** {@code __aexit__}: wait for every task; a failure aborts the rest; the errors are raised together. */
    void exit(Throwable raised) {
        exiting = true;
        Throwable propagateCancellation = raised instanceof CancelledError ? raised : null;
        if (parentCancelRequested && parent.uncancel() == 0) {
            propagateCancellation = null; // we cancelled the body ourselves: not a cancellation from outside
        }
        if (raised != null && !aborting) {
            abort();
        }
        while (!tasks.isEmpty()) {
            if (onCompleted == null) {
                onCompleted = loop.createFuture();
            }
            try {
                Asyncio.await(onCompleted);
            } catch (CancelledError cancelled) {
                if (!aborting) {
                    propagateCancellation = cancelled;
                    abort();
                }
            }
            onCompleted = null;
        }
        if (propagateCancellation != null && errors.isEmpty()) {
            throw Asyncio.sneaky(propagateCancellation);
        }
        if (raised != null && !(raised instanceof CancelledError)) {
            errors.add(raised);
        }
        if (!errors.isEmpty()) {
            throw new ExceptionGroup("unhandled errors in a TaskGroup", errors);
        }
    }

    private void abort() {
        aborting = true;
        for (Task<?> task : List.copyOf(tasks)) {
            if (!task.done()) {
                task.cancel();
            }
        }
    }

    private void onTaskDone(Future<?> task) {
        tasks.remove(task);
        if (onCompleted != null && tasks.isEmpty() && !onCompleted.done()) {
            onCompleted.setResult(true);
        }
        if (task.cancelled()) {
            return;
        }
        Throwable failure = task.exception();
        if (failure == null) {
            return;
        }
        errors.add(failure);
        if (parent.done()) {
            loop.callExceptionHandler(new AsyncioLoop.ExceptionContext("Task " + task + " has errored out but its parent "
                    + "task " + parent + " is already completed", failure, task));
            return;
        }
        if (!aborting && !parentCancelRequested) {
            abort(); // the first failure cancels the siblings...
            parentCancelRequested = true;
            parent.cancel(); // ...and the body, wherever it awaits
        }
    }
    // end::exit[]
}
