package workbook.eventloop.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import workbook.eventloop.EventLoop;
import workbook.eventloop.Timer;

/**
 * The service on one event loop thread: it accepts, reads, waits for the database and writes for
 * every client at once, because it never waits for any of them. A {@link Readiness} thread watches
 * the sockets and queues a callback when one is ready; the database wait is a {@code setTimeout}.
 *
 * <p>SOLUTION: the loop asks to be called back when the server socket can accept and when a
 * client's bytes have come, and accepts and reads without blocking.
 */
public final class LoopServer implements BusyServer {

    private final Duration database;
    private final ServerSocketChannel server;
    private final CompletableFuture<Void> closing = new CompletableFuture<>();
    private final Peak inService = new Peak();
    private final AtomicInteger accepted = new AtomicInteger();
    private final Set<Connection> connections = new HashSet<>(); // the loop thread's alone, like everything below
    private final Thread loopThread;
    private EventLoop loop;
    private Readiness readiness;
    private volatile Throwable crashed;

    private LoopServer(Duration database) {
        this.database = database;
        try {
            server = ServerSocketChannel.open();
            server.bind(Service.anyFreeLoopbackPort(), Service.BACKLOG);
            server.configureBlocking(false);
        } catch (IOException cannotListen) {
            throw new UncheckedIOException("cannot listen on loopback", cannotListen);
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        loopThread = Thread.ofPlatform().name("event-loop").daemon().start(() -> {
            try {
                EventLoop.run(loop -> {
                    this.loop = loop;
                    loop.onLoop(closing).thenRun(this::shutDown); // keeps the loop alive until close()
                    readiness = new Readiness(loop);
                    acceptWhenReady();
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

    // tag::accept[]
    private void acceptWhenReady() {
        readiness.whenReady(server, SelectionKey.OP_ACCEPT, "accept", this::acceptAll);
    }

    private void acceptAll() {
        try {
            for (SocketChannel client; (client = server.accept()) != null; ) { // null: nobody else is waiting
                accepted.incrementAndGet();
                client.configureBlocking(false);
                Connection connection = new Connection(client);
                connections.add(connection);
                connection.readWhenReady();
            }
            acceptWhenReady();
        } catch (IOException cannotAccept) {
            if (server.isOpen()) { // out of file descriptors, say: try again a little later
                loop.setTimeout("accept again", Duration.ofMillis(10), this::acceptWhenReady);
            }
        }
    }
    // end::accept[]

    /** One client, from its first byte to the answer; every method runs on the loop thread. */
    private final class Connection {
        private final SocketChannel channel;
        private final ByteBuffer received = ByteBuffer.allocate(Service.MAX_LINE);
        private ByteBuffer answer;
        private Timer query;

        Connection(SocketChannel channel) {
            this.channel = channel;
        }

        // tag::read[]
        void readWhenReady() {
            readiness.whenReady(channel, SelectionKey.OP_READ, "read", this::read);
        }

        void read() {
            try {
                if (channel.read(received) < 0) { // non-blocking: takes what has come, maybe nothing
                    close();
                    return;
                }
                received.flip();
                String request = Service.firstLine(received);
                received.compact();
                if (request == null) {
                    if (received.hasRemaining()) {
                        readWhenReady(); // the rest of the line comes later: the loop serves others meanwhile
                    } else {
                        close(); // a line longer than MAX_LINE
                    }
                    return;
                }
                inService.up();
                query = loop.setTimeout("database", database, () -> answer(Service.answer(request)));
            } catch (IOException gone) {
                close();
            }
        }
        // end::read[]

        void answer(String text) {
            query = null;
            inService.down();
            answer = Service.line(text);
            write();
        }

        void write() {
            try {
                channel.write(answer);
                if (answer.hasRemaining()) {
                    readiness.whenReady(channel, SelectionKey.OP_WRITE, "write", this::write); // the client reads slowly
                } else {
                    close();
                }
            } catch (IOException gone) {
                close();
            }
        }

        void close() {
            connections.remove(this);
            if (query != null) {
                loop.clearTimeout(query);
                query = null;
                inService.down();
            }
            try {
                channel.close();
            } catch (IOException alreadyGone) {
                // closed is closed
            }
        }
    }

    /** On the loop thread, once close() has been called: with nothing left, the loop ends. */
    private void shutDown() {
        readiness.close();
        try {
            server.close();
        } catch (IOException alreadyGone) {
            // closed is closed
        }
        List.copyOf(connections).forEach(Connection::close);
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

    private void awaitStart(CompletableFuture<Void> started) {
        try {
            started.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException failed) {
            closing.complete(null);
            try {
                server.close();
            } catch (IOException alreadyGone) {
                // closed is closed
            }
            throw new IllegalStateException("the event loop did not start within 5 s", failed);
        }
    }
}
