package workbook.futures;

/** A service behind the page failed: the real cause a caller must get to see. */
public final class BackendException extends RuntimeException {

    public BackendException(String message) {
        super(message);
    }
}
