package workbook.eventloop.promise;

import java.util.function.Consumer;

/**
 * Anything with a {@code then}: what JavaScript adopts when a promise is resolved with it.
 *
 * <p>Resolving a {@link Promise} with a thenable does not take it as a value: the promise follows
 * it, through one extra job that calls this {@code then} (the spec's NewPromiseResolveThenableJob).
 * {@link Promise} itself is adopted the same way, without implementing this interface.
 */
@FunctionalInterface
public interface Thenable<T> {

    void then(Consumer<? super T> onFulfilled, Consumer<? super Throwable> onRejected);
}
