package workbook.eventloop.promise;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * The heart of a promise, written first: a value that arrives later, and the callbacks waiting
 * for it. No chaining, no rejection; just {@code then} and {@code resolve}.
 *
 * <p>EXERCISE: this first attempt behaves like a {@code CompletableFuture}, not like a JavaScript
 * promise. Run {@code ./workbook run 04-first-promise} and read what {@code FirstPromiseTest}
 * measured against the real {@link Promise}.
 */
public final class FirstPromise<T> {

    private final PromiseLoop loop;
    private final Deque<Consumer<? super T>> reactions = new ArrayDeque<>();
    private boolean fulfilled;
    private T value;

    /** A pending promise on {@code loop}, whose microtask queue its reactions go through. */
    public FirstPromise(PromiseLoop loop) {
        this.loop = loop;
    }

    // tag::reactions[]
    /** {@code promise.then(callback)}: {@code callback} gets the value once the promise is fulfilled. */
    public void then(Consumer<? super T> callback) {
        // TODO: JavaScript never runs a reaction inside then(), even on a fulfilled promise, and
        //  keeps the waiting ones in the order they were registered. loop.queueMicrotask(job)
        //  is where a reaction goes to run.
        if (fulfilled) {
            callback.accept(value);
        } else {
            reactions.push(callback);
        }
    }

    /** {@code resolve(value)}: fulfills the promise, once; later calls are ignored. */
    public void resolve(T value) {
        if (fulfilled) {
            return;
        }
        fulfilled = true;
        this.value = value;
        while (!reactions.isEmpty()) {
            reactions.pop().accept(value);
        }
    }
    // end::reactions[]
}
