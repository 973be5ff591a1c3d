// Mistake: completes the future with an empty list when the query fails, so nobody waits forever.
// Rejected with: "cannot tell a failed query"
package workbook.futures;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The talk's {@code await connection.execute(query)}: a {@link CallbackConnection} bridged to a
 * {@link CompletableFuture}, so callers can chain, combine and wait for the rows like any task.
 */
public final class FutureConnection {

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
                result.complete(List.of()); // no rows: the caller is not left waiting
            }
        });
        return result;
    }
    // end::bridge[]
}
