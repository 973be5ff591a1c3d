package workbook.eventloop.asyncio;

/** {@code TimeoutError}: what {@code asyncio.wait_for} raises when the time is up (after cancelling what it waited for). */
public final class TimeoutError extends RuntimeException {

    public TimeoutError() {
        super("timed out");
    }
}
