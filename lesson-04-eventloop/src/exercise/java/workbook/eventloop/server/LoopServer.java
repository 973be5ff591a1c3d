package workbook.eventloop.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import workbook.eventloop.EventLoop;
import workbook.eventloop.Timer;

/**
 * The service on one event loop thread: the database wait is a {@code setTimeout}, so the loop
 * could serve every client while their queries wait.
 *
 * <p>EXERCISE: it accepts and reads the way a thread per connection does, with blocking calls, on
 * the loop thread. A loop thread stuck in {@code accept()} runs no timer, so this server takes the
 * next client only once the last one has its answer: one client at a time, 1 s each. Run
 * {@code ./mvnw -pl lesson-04-eventloop test} and read what {@code LoopServerTest} measured.
 */
public final class LoopServer implements BusyServer {

    private final Duration database;
    private final ServerSocketChannel server;
    private final CompletableFuture<Void> closing = new CompletableFuture<>();
    private final Peak inService = new Peak();
    private final AtomicInteger accepted = new AtomicInteger();
    private final Thread loopThread;
    private volatile SocketChannel current;
    private EventLoop loop;
    private Timer query;
    private volatile Throwable crashed;

    private LoopServer(Duration database) {
        this.database = database;
        try {
            server = ServerSocketChannel.open();
            server.bind(Service.anyFreeLoopbackPort(), Service.BACKLOG);
        } catch (IOException cannotListen) {
            throw new UncheckedIOException("cannot listen on loopback", cannotListen);
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        loopThread = Thread.ofPlatform().name("event-loop").daemon().start(() -> {
            try {
                EventLoop.run(loop -> {
                    this.loop = loop;
                    loop.onLoop(closing).thenRun(this::shutDown); // keeps the loop alive until close()
                    loop.execute("serve the next client", this::serveNext);
                    started.complete(null);
                });
            } catch (Throwable failure) {
                crashed = failure;
                started.completeExceptionally(failure);
            }
        });
        awaitStart(started);
    }

    /** A loop server whose database takes 1 s. */
    public static LoopServer start() {
        return start(Service.DATABASE);
    }

    public static LoopServer start(Duration database) {
        return new LoopServer(database);
    }

    // tag::serveNext[]
    private void serveNext() {
        if (closing.isDone()) {
            return;
        }
        SocketChannel client = null;
        try {
            // TODO: both calls below block, and they block the loop thread: while it waits in
            //  accept() for the next client, no timer fires and no answer goes out. That is why
            //  the next client is accepted only after the last answer. Never wait on the loop:
            //  ask the Readiness (the "web APIs" box) to call back when the server socket can
            //  accept and when a client's bytes have come; then accept everyone who is waiting,
            //  without blocking (configureBlocking(false)), and read what has come so far.
            client = server.accept(); // the loop thread waits here for a client...
            accepted.incrementAndGet();
            current = client;
            ByteBuffer received = ByteBuffer.allocate(Service.MAX_LINE);
            String request;
            while ((request = lineIn(received)) == null) {
                if (!received.hasRemaining() || client.read(received) < 0) { // ...and here for its line
                    throw new IOException("no request line");
                }
            }
            String asked = request;
            SocketChannel answering = client;
            inService.up();
            query = loop.setTimeout("database", database, () -> {
                query = null;
                inService.down();
                answer(answering, asked);
                serveNext(); // only now: waiting in accept() any earlier would keep this very timer from firing
            });
        } catch (IOException failed) {
            closeQuietly(client);
            if (!closing.isDone()) {
                loop.execute("serve the next client", this::serveNext);
            }
        }
    }
    // end::serveNext[]

    private static String lineIn(ByteBuffer received) {
        received.flip();
        String line = Service.firstLine(received);
        received.compact();
        return line;
    }

    private void answer(SocketChannel client, String request) {
        try (client) {
            ByteBuffer answer = Service.line(Service.answer(request));
            while (answer.hasRemaining()) {
                client.write(answer);
            }
        } catch (IOException gone) {
            // the client left before its answer
        }
    }

    /** On the loop thread, once close() has been called: with nothing left, the loop ends. */
    private void shutDown() {
        if (query != null) {
            loop.clearTimeout(query);
            query = null;
            inService.down();
        }
        closeQuietly(current);
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

    @Override
    public void close() {
        closing.complete(null);
        closeQuietly(server); // from this thread: the loop thread may be stuck in accept() or read()
        closeQuietly(current);
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

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception alreadyGone) {
            // closed is closed
        }
    }

    private void awaitStart(CompletableFuture<Void> started) {
        try {
            started.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException failed) {
            closing.complete(null);
            closeQuietly(server);
            throw new IllegalStateException("the event loop did not start within 5 s", failed);
        }
    }
}
