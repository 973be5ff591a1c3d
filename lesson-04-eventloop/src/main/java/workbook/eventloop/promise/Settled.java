package workbook.eventloop.promise;

/** One outcome of {@link Promise#allSettled}: JavaScript's {@code {status, value}} or {@code {status, reason}}. */
public record Settled<T>(String status, T value, Throwable reason) {

    static <T> Settled<T> fulfilled(T value) {
        return new Settled<>("fulfilled", value, null);
    }

    static <T> Settled<T> rejected(Throwable reason) {
        return new Settled<>("rejected", null, reason);
    }

    public boolean isFulfilled() {
        return reason == null && status.equals("fulfilled");
    }

    /** As Node prints it: {@code { status: 'fulfilled', value: 1 }}. */
    @Override
    public String toString() {
        return isFulfilled()
                ? "{ status: 'fulfilled', value: " + value + " }"
                : "{ status: 'rejected', reason: " + reason.getMessage() + " }";
    }
}
