package workbook.futures;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The talk's {@code await connection.execute(query)}: a {@link CallbackConnection} bridged to a
 * {@link CompletableFuture}, so callers can chain, combine and wait for the rows like any task.
 *
 * <p>EXERCISE: queries that work are fine, but a query that fails leaves its caller waiting
 * forever. Run {@code ./workbook run 03-future-connection} and read what was measured.
 */
public final class FutureConnection {

    private static final System.Logger LOG = System.getLogger(FutureConnection.class.getName());

    private final CallbackConnection connection;

    public FutureConnection(CallbackConnection connection) {
        this.connection = connection;
    }

    // tag::bridge[]
    /** The rows of {@code query}, or the driver's own error, when the driver calls back. */
    public CompletableFuture<List<String>> execute(String query) {
        CompletableFuture<List<String>> result = new CompletableFuture<>(); // a future nobody computes: we complete it
        connection.execute(query, new CallbackConnection.Callback() {
            @Override
            public void onRows(List<String> rows) {
                result.complete(rows);
            }

            @Override
            public void onError(Exception error) {
                // TODO: the error is logged, and then? What does the caller, who holds the
                //  future, learn about a query that failed?
                LOG.log(System.Logger.Level.WARNING, "query failed: " + query, error);
            }
        });
        return result;
    }
    // end::bridge[]
}
