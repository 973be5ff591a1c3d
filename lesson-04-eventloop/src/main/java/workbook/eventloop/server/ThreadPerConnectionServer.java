package workbook.eventloop.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The classic server: an acceptor thread hands every connection to a thread of its own, which
 * reads, waits for the database and answers, blocking all along (lesson 02's style).
 *
 * <p>With a fixed pool of platform threads, a connection beyond the pool's size waits in the
 * pool's queue until a thread is free: 200 threads answer at most 200 requests a second when each
 * waits 1 s. With one virtual thread per connection, every connection has its thread at once, and
 * a waiting virtual thread holds no platform thread.
 */
public final class ThreadPerConnectionServer implements BusyServer {

    /** The default pool of the usual servlet container. */
    public static final int DEFAULT_POOL_SIZE = 200;

    /** A client that says nothing for this long is dropped: no thread waits forever. */
    private static final Duration IDLE_LIMIT = Duration.ofSeconds(30);

    private final String name;
    private final Duration database;
    private final ServerSocket server;
    private final ExecutorService handlers;
    private final Thread acceptor;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Peak inService = new Peak();
    private final Peak virtualThreads = new Peak();

    private ThreadPerConnectionServer(String name, Duration database, ExecutorService handlers) {
        this.name = name;
        this.database = database;
        this.handlers = handlers;
        try {
            this.server = new ServerSocket();
            server.bind(Service.anyFreeLoopbackPort(), Service.BACKLOG);
        } catch (IOException cannotListen) {
            handlers.shutdownNow();
            throw new UncheckedIOException("cannot listen on loopback", cannotListen);
        }
        this.acceptor = Thread.ofPlatform().name("acceptor").daemon().start(this::acceptAll);
    }

    /** A fixed pool of {@code size} platform threads, one per connection being served. */
    public static ThreadPerConnectionServer platformPool(int size, Duration database) {
        return new ThreadPerConnectionServer(size + " platform threads", database,
                Executors.newFixedThreadPool(size, Thread.ofPlatform().name("handler-", 1).daemon().factory()));
    }

    public static ThreadPerConnectionServer platformPool(int size) {
        return platformPool(size, Service.DATABASE);
    }

    /** A new virtual thread for every connection. */
    public static ThreadPerConnectionServer virtualThreads(Duration database) {
        return new ThreadPerConnectionServer("virtual thread each", database,
                Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("handler-", 1).factory()));
    }

    public static ThreadPerConnectionServer virtualThreads() {
        return virtualThreads(Service.DATABASE);
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException closed) {
                return; // close() closed the server socket
            }
            open.add(client);
            try {
                handlers.execute(() -> serve(client));
            } catch (RejectedExecutionException closing) {
                forget(client);
            }
        }
    }

    // tag::serve[]
    private void serve(Socket client) {
        boolean virtual = Thread.currentThread().isVirtual();
        if (virtual) {
            virtualThreads.up();
        }
        try (client) {
            client.setSoTimeout((int) IDLE_LIMIT.toMillis());
            String request = lineFrom(client.getInputStream()); // this thread waits for the client...
            if (request == null) {
                return;
            }
            inService.up();
            try {
                Thread.sleep(database); // ...then for the database, holding its stack all the while
            } finally {
                inService.down();
            }
            client.getOutputStream().write(Service.line(Service.answer(request)).array());
        } catch (IOException | InterruptedException dropped) {
            // the client left, or close() stopped us: this connection ends here
        } finally {
            open.remove(client);
            if (virtual) {
                virtualThreads.down();
            }
        }
    }
    // end::serve[]

    /** The request line, read into a small buffer: thousands of connections, so no 16 KiB reader each. */
    private static String lineFrom(InputStream in) throws IOException {
        ByteBuffer received = ByteBuffer.allocate(Service.MAX_LINE);
        while (true) {
            int count = in.read(received.array(), received.position(), received.remaining());
            if (count < 0) {
                return null;
            }
            received.position(received.position() + count).flip();
            String line = Service.firstLine(received);
            received.compact();
            if (line != null) {
                return line;
            }
            if (!received.hasRemaining()) {
                throw new IOException("request line longer than " + Service.MAX_LINE + " bytes");
            }
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public InetSocketAddress address() {
        return (InetSocketAddress) server.getLocalSocketAddress();
    }

    @Override
    public int peakInService() {
        return inService.highest();
    }

    @Override
    public int peakVirtualThreads() {
        return virtualThreads.highest();
    }

    @Override
    public void close() {
        forget(server);
        handlers.shutdownNow(); // interrupts the handlers that sleep
        open.forEach(this::forget); // and wakes those blocked in a read
        try {
            acceptor.join(Duration.ofSeconds(5));
            if (acceptor.isAlive() || !handlers.awaitTermination(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + ": the acceptor or a handler still ran 5 s after close()");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + ": interrupted while closing", interrupted);
        }
    }

    private void forget(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception alreadyGone) {
            // closing is all we wanted
        }
        if (closeable instanceof Socket socket) {
            open.remove(socket);
        }
    }
}
