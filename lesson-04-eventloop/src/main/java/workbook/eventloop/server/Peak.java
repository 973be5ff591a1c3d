package workbook.eventloop.server;

import java.util.concurrent.atomic.AtomicInteger;

/** A count that goes up and down, and the highest it has been. Safe from any thread. */
final class Peak {

    private final AtomicInteger now = new AtomicInteger();
    private final AtomicInteger highest = new AtomicInteger();

    void up() {
        int current = now.incrementAndGet();
        highest.accumulateAndGet(current, Math::max);
    }

    void down() {
        now.decrementAndGet();
    }

    int highest() {
        return highest.get();
    }
}
