package workbook.eventloop.promise;

import java.util.List;

/** How {@link Promise#any} rejects when every input rejected: the errors, in input order. */
public final class AggregateError extends RuntimeException {

    private final transient List<Throwable> errors;

    AggregateError(List<Throwable> errors) {
        super("All promises were rejected", null, false, false); // Node's message
        this.errors = List.copyOf(errors);
    }

    public List<Throwable> errors() {
        return errors;
    }
}
