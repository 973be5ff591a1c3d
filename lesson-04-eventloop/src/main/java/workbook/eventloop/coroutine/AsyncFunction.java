package workbook.eventloop.coroutine;

/** The body of an async function that returns nothing: {@code async () => { ...; await x; ... }}. */
@FunctionalInterface
public interface AsyncFunction {

    void run() throws Exception;
}
