package workbook.eventloop.asyncio;

/**
 * {@code asyncio.CancelledError}: thrown into a cancelled task at the {@code await} where it is
 * suspended. In Python it is a {@code BaseException}, so {@code except Exception} lets it through;
 * here it is an {@link Error} for the same reason: {@code catch (Exception e)} lets it through.
 */
public final class CancelledError extends Error {

    public CancelledError() {
        super("cancelled", null, false, false); // no stack trace: it is a signal, not a bug
    }
}
