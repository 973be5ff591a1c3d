package workbook.futures;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** The real cause of a future's failure, out of the wrappers the future put around it. */
public final class Causes {

    private Causes() {
    }

    // tag::unwrap[]
    /** join() wraps a failure in CompletionException, get() in ExecutionException: take them off. */
    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
    // end::unwrap[]
}
