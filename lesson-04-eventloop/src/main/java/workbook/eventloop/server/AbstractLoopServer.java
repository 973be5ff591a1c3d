package workbook.eventloop.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import workbook.eventloop.EventLoop;

/**
 * What a {@link LoopServer} has however it serves: a server socket on loopback, an event loop on a
 * thread of its own ("event-loop") that runs until {@link #close()}, and the counts its tests read.
 * {@link LoopServer} adds the part the lesson is about: how the loop accepts and reads.
 */
public abstract sealed class AbstractLoopServer implements BusyServer permits LoopServer {

    final Duration database;
    final ServerSocketChannel server;
    final CompletableFuture<Void> closing = new CompletableFuture<>();
    final Peak inService = new Peak(); // requests between their line and their answer
    final AtomicInteger accepted = new AtomicInteger();
    EventLoop loop; // set on the loop thread before begin()
    private final AtomicLong callbacks = new AtomicLong();
    private volatile Thread loopThread;
    private volatile Throwable crashed;

    AbstractLoopServer(Duration database) {
        this.database = database;
        try {
            server = ServerSocketChannel.open();
            server.bind(Service.anyFreeLoopbackPort(), Service.BACKLOG);
        } catch (IOException cannotListen) {
            throw new UncheckedIOException("cannot listen on loopback", cannotListen);
        }
    }

    /** On the loop thread, once, as the loop starts: begin serving. */
    abstract void begin();

    /** On the loop thread, once {@link #close()} was called: let go of every socket and timer, so the loop ends. */
    abstract void shutDown();

    /** On the thread calling {@link #close()}: close what a blocked loop thread may be waiting in. */
    void unblock() {
    }

    /** Starts the loop thread and returns once it runs (the subclass is fully built by then). */
    final void startLoop() {
        CompletableFuture<Void> started = new CompletableFuture<>();
        loopThread = Thread.ofPlatform().name("event-loop").daemon().start(() -> {
            try {
                EventLoop.run(loop -> {
                    this.loop = loop;
                    loop.reportSlowCallbacks(Duration.ZERO, callback -> callbacks.incrementAndGet()); // counts them all
                    loop.onLoop(closing).thenRun(this::shutDown); // keeps the loop alive until close()
                    begin();
                    started.complete(null);
                });
            } catch (Throwable failure) {
                crashed = failure;
                started.completeExceptionally(failure);
            }
        });
        try {
            started.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException failed) {
            closing.complete(null);
            closeQuietly(server);
            throw new IllegalStateException("the event loop did not start within 5 s", failed);
        }
    }

    @Override
    public String name() {
        return "event loop";
    }

    @Override
    public InetSocketAddress address() {
        try {
            return (InetSocketAddress) server.getLocalAddress();
        } catch (IOException closed) {
            throw new UncheckedIOException(closed);
        }
    }

    @Override
    public int peakInService() {
        return inService.highest();
    }

    /** How many clients the server has accepted so far (read from any thread). */
    public int accepted() {
        return accepted.get();
    }

    /** How many callbacks (tasks, timers, microtasks) the loop has run so far: an idle loop runs none. */
    public long callbacksRun() {
        return callbacks.get();
    }

    /** The thread the loop runs on. */
    Thread loopThread() {
        return loopThread;
    }

    /** Whether the listening socket is in blocking mode, that is, whether {@code accept()} waits for a client. */
    public boolean acceptBlocks() {
        return server.isBlocking();
    }

    @Override
    public void close() {
        closing.complete(null);
        closeQuietly(server); // from this thread too: the loop thread may be stuck in accept()
        unblock();
        try {
            loopThread.join(Duration.ofSeconds(5));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        if (loopThread.isAlive()) {
            throw new IllegalStateException("the event-loop thread still ran 5 s after close(): is a callback blocking it?");
        }
        if (crashed != null) {
            throw new IllegalStateException("the event loop failed: " + crashed, crashed);
        }
    }

    static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception alreadyGone) {
            // closed is closed
        }
    }
}
