// Mistake: queues the reactions right, but lets every resolve() set the value again: a promise settled twice.
// Rejected with: "a promise settles once"
package workbook.eventloop.promise;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A promise, written first: then() and resolve(), reactions through the microtask queue. */
public final class FirstPromise<T> {

    private final PromiseLoop loop;
    private final List<Consumer<? super T>> reactions = new ArrayList<>();
    private boolean fulfilled;
    private T value;

    /** A pending promise on {@code loop}, whose microtask queue its reactions go through. */
    public FirstPromise(PromiseLoop loop) {
        this.loop = loop;
    }

    /** {@code promise.then(callback)}: {@code callback} gets the value once the promise is fulfilled. */
    public void then(Consumer<? super T> callback) {
        if (fulfilled) {
            T fulfilledWith = value;
            loop.queueMicrotask(() -> callback.accept(fulfilledWith)); // later, even though the value is here
        } else {
            reactions.add(callback); // first registered, first to run
        }
    }

    /** {@code resolve(value)}: fulfills the promise. */
    public void resolve(T value) {
        fulfilled = true; // the latest value wins, as with a field
        this.value = value;
        for (Consumer<? super T> reaction : reactions) {
            loop.queueMicrotask(() -> reaction.accept(value)); // each one a job, in registration order
        }
        reactions.clear();
    }
}
