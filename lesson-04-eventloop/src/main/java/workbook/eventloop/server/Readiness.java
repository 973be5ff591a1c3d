package workbook.eventloop.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import workbook.eventloop.EventLoop;

/**
 * The "web APIs" box of the JavaScript diagram, made real: a thread of its own that watches sockets
 * with a {@link Selector} and, when one is ready, puts the callback waiting for it in the event
 * loop's task queue ({@link EventLoop#execute}). The loop thread itself never waits for a socket.
 *
 * <p>Each wish is granted once, like a {@code setTimeout}: to hear about the next bytes, ask again.
 * Only this thread touches the selector; the loop's wishes reach it through a queue and a wakeup.
 */
public final class Readiness implements AutoCloseable {

    private record Wish(String name, Runnable callback) {
    }

    private static final int[] OPERATIONS = {SelectionKey.OP_ACCEPT, SelectionKey.OP_CONNECT,
            SelectionKey.OP_READ, SelectionKey.OP_WRITE};

    private final EventLoop loop;
    private final Selector selector;
    private final Queue<Runnable> changes = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private volatile boolean closed;

    public Readiness(EventLoop loop) {
        this.loop = loop;
        try {
            this.selector = Selector.open();
        } catch (IOException noSelector) {
            throw new UncheckedIOException(noSelector);
        }
        this.thread = Thread.ofPlatform().name("io-readiness").daemon().start(this::watch);
    }

    // tag::whenReady[]
    /**
     * Once {@code channel} (non-blocking) is ready for {@code operation} ({@link SelectionKey#OP_READ}
     * and friends), runs {@code callback} on the loop thread. Callable from any thread.
     */
    public void whenReady(SelectableChannel channel, int operation, String name, Runnable callback) {
        changes.add(() -> arm(channel, operation, new Wish(name, callback)));
        selector.wakeup(); // the watcher may be inside select(): let it pick the wish up
    }
    // end::whenReady[]

    private void arm(SelectableChannel channel, int operation, Wish wish) {
        if (!channel.isOpen()) {
            return; // closed meanwhile: nothing will ever be ready
        }
        SelectionKey key = channel.keyFor(selector);
        try {
            if (key == null) {
                key = channel.register(selector, operation, new HashMap<Integer, Wish>());
            } else {
                key.interestOpsOr(operation);
            }
        } catch (ClosedChannelException | CancelledKeyException closedMeanwhile) {
            return;
        }
        wishes(key).put(operation, wish);
    }

    // tag::watch[]
    private void watch() {
        try (selector) {
            while (!closed) {
                for (Runnable change; (change = changes.poll()) != null; ) {
                    change.run();
                }
                selector.select(); // the one place where this program waits for sockets
                for (SelectionKey key : selector.selectedKeys()) {
                    handOver(key);
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException | ClosedSelectorException broken) {
            closed = true;
        }
    }

    private void handOver(SelectionKey key) {
        try {
            int ready = key.readyOps() & key.interestOps();
            key.interestOpsAnd(~ready); // granted once: until the loop asks again, stop watching
            for (int operation : OPERATIONS) {
                Wish wish = (ready & operation) != 0 ? wishes(key).remove(operation) : null;
                if (wish != null) {
                    loop.execute(wish.name(), wish.callback()); // into the task queue, as a browser does
                }
            }
        } catch (CancelledKeyException closedMeanwhile) {
            // the loop closed the channel: nobody waits for it any more
        } catch (IllegalStateException loopFinished) {
            closed = true; // the loop has ended: there is nobody left to tell
        }
    }
    // end::watch[]

    @SuppressWarnings("unchecked")
    private static Map<Integer, Wish> wishes(SelectionKey key) {
        return (Map<Integer, Wish>) key.attachment();
    }

    /** Stops watching; waits up to 5 s for the watcher thread to end. */
    @Override
    public void close() {
        closed = true;
        selector.wakeup();
        if (Thread.currentThread() == thread) {
            return;
        }
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            throw new IllegalStateException("the io-readiness thread still ran 5 s after close()");
        }
    }
}
