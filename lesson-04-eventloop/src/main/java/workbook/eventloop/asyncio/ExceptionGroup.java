package workbook.eventloop.asyncio;

import java.util.List;

/** Python 3.11's {@code ExceptionGroup}: the errors of a {@link TaskGroup}, raised together. */
public final class ExceptionGroup extends RuntimeException {

    private final List<Throwable> exceptions;

    public ExceptionGroup(String message, List<Throwable> exceptions) {
        super(message + " (" + exceptions.size() + " sub-exception" + (exceptions.size() == 1 ? "" : "s") + ")");
        this.exceptions = List.copyOf(exceptions);
        exceptions.forEach(this::addSuppressed);
    }

    /** The errors, in the order they were collected. */
    public List<Throwable> exceptions() {
        return exceptions;
    }
}
