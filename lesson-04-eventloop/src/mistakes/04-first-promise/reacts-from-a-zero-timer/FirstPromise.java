// Mistake: defers every reaction through a 0 ms timer instead of a microtask: later than the script, but after timers already due.
// Rejected with: "a timer set earlier ran before a reaction"
package workbook.eventloop.promise;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The heart of a promise, written first: a value that arrives later, and the callbacks waiting
 * for it. No chaining, no rejection; just {@code then} and {@code resolve}.
 *
 * <p>SOLUTION: a reaction never runs inside {@code then} or {@code resolve}: it becomes a
 * microtask, at once if the promise is fulfilled, else when it is; the waiting ones are kept in a
 * list, in registration order. That is ECMAScript's PerformPromiseThen and TriggerPromiseReactions.
 */
public final class FirstPromise<T> {

    private final PromiseLoop loop;
    private final List<Consumer<? super T>> reactions = new ArrayList<>();
    private boolean fulfilled;
    private T value;

    /** A pending promise on {@code loop}, whose microtask queue its reactions go through. */
    public FirstPromise(PromiseLoop loop) {
        this.loop = loop;
    }

    // tag::reactions[]
    /** {@code promise.then(callback)}: {@code callback} gets the value once the promise is fulfilled. */
    public void then(Consumer<? super T> callback) {
        if (fulfilled) {
            T fulfilledWith = value;
            loop.setTimeout(Duration.ZERO, () -> callback.accept(fulfilledWith)); // later, even though the value is here
        } else {
            reactions.add(callback); // first registered, first to run
        }
    }

    /** {@code resolve(value)}: fulfills the promise, once; later calls are ignored. */
    public void resolve(T value) {
        if (fulfilled) {
            return;
        }
        fulfilled = true;
        this.value = value;
        for (Consumer<? super T> reaction : reactions) {
            loop.setTimeout(Duration.ZERO, () -> reaction.accept(value)); // each one a job, in registration order
        }
        reactions.clear();
    }
    // end::reactions[]
}
