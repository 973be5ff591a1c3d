package workbook.pitfalls;

/** Code on an event loop's thread tried to wait for a future that only that loop can complete. */
public final class BlockingTheLoopException extends IllegalStateException {

    public BlockingTheLoopException(String call, String loopThread) {
        super(("%s on the event loop's own thread (%s), for a future that is not done yet: the loop would wait "
                + "for itself forever, since only this thread can run the timer or callback that completes it. "
                + "Chain the next step (thenApply, thenCompose, thenAccept) instead of waiting for it.")
                .formatted(call, loopThread));
    }
}
