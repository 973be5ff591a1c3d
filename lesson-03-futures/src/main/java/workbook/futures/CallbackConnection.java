package workbook.futures;

import java.util.List;

/**
 * A database driver in the callback style: {@code execute} returns at once and the driver calls
 * you back later, on a thread of its own, with the rows or with the error. This is the kind of
 * low-level API that futures bridge to code that can wait for a result.
 */
public interface CallbackConnection {

    /** What the driver calls when the query is over: exactly one of the two, once (if it behaves). */
    interface Callback {
        void onRows(List<String> rows);

        void onError(Exception error);
    }

    /** Sends the query; the answer arrives on {@code callback}. */
    void execute(String query, Callback callback);
}
