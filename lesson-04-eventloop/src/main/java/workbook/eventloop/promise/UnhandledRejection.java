package workbook.eventloop.promise;

/**
 * A promise was rejected and nothing handled the rejection by the time the microtasks ran out:
 * Node ends the process with this error, and {@link PromiseLoop#run} fails with it.
 */
public final class UnhandledRejection extends RuntimeException {

    private final transient Promise<?> promise;

    UnhandledRejection(Promise<?> promise, Throwable reason) {
        super(promise + " was rejected and nothing handled it (no then/catch, no await): " + reason, reason);
        this.promise = promise;
    }

    /** The promise whose rejection went unhandled. */
    public Promise<?> promise() {
        return promise;
    }
}
