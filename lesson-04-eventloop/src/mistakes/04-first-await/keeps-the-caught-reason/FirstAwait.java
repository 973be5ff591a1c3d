// Mistake: suspends and resumes right, but never clears the reason it threw, so the next await throws it again.
// Rejected with: "threw the first one's reason again"
package workbook.eventloop.coroutine;

import workbook.eventloop.promise.Promise;

/** The heart of step 5: {@code await}, which must give the loop thread back until the promise settles. */
public final class FirstAwait {

    private FirstAwait() {
    }

    /** {@code await promise} inside {@code async(() -> ...)}: its value, or its reason thrown. */
    public static <T> T await(Promise<T> promise) {
        Suspendable self = Suspendable.current();
        if (self == null) {
            throw new IllegalStateException("await is only valid in async functions: wrap this code in async(...)");
        }
        promise.whenSettled(value -> {
            self.awaitedValue = value;
            self.run();
        }, reason -> {
            self.awaitedReason = reason;
            self.run();
        });
        self.suspend();
        if (self.awaitedReason != null) {
            throw new IllegalStateException(self.awaitedReason);
        }
        @SuppressWarnings("unchecked") T value = (T) self.awaitedValue;
        self.awaitedValue = null; // done with it
        return value;
    }
}
