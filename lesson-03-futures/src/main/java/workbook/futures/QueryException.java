package workbook.futures;

/** The database refused a query. */
public final class QueryException extends Exception {

    public QueryException(String message) {
        super(message);
    }
}
