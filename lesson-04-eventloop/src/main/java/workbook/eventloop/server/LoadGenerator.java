package workbook.eventloop.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import workbook.eventloop.server.Service.Wire;
import workbook.kit.Timeline;

/**
 * N clients at once: each opens a connection, sends one request and waits for its answer. Wall
 * time runs from the first connect to the last answer. Bounded in clients and in time: whoever has
 * no answer when the time limit is up is cut off and counted as an error.
 *
 * <p>All the clients share one thread and one {@link Selector}, so that the load costs the
 * machine little next to the server it measures.
 */
public final class LoadGenerator {

    /**
     * What a load run saw: besides the wall time, when the last client had asked to connect
     * ({@code opened}, from the start) and the longest any one client waited, from its connect to
     * its answer ({@code slowest}); wall time is about their sum when the opening is what holds it up.
     */
    public record Load(int connections, int answered, int errors, Duration wall, Duration opened, Duration slowest,
                       String firstError) {

        public double throughput() {
            return answered / Math.max(1e-9, wall.toNanos() / 1e9);
        }

        /** The line a child process prints, and {@link #parse} reads back. */
        public String line() {
            return String.format(Locale.ROOT, "LOAD %d %d %d %d %d %d %s", connections, answered, errors, wall.toNanos(),
                    opened.toNanos(), slowest.toNanos(), firstError == null ? "-" : firstError.replace('\n', ' '));
        }

        public static Load parse(String line) {
            String[] parts = line.split(" ", 8);
            return new Load(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), Integer.parseInt(parts[3]),
                    Duration.ofNanos(Long.parseLong(parts[4])), Duration.ofNanos(Long.parseLong(parts[5])),
                    Duration.ofNanos(Long.parseLong(parts[6])), parts[7].equals("-") ? null : parts[7]);
        }
    }

    /** At most this many clients: with the server's sockets, well inside 20 000 open files. */
    public static final int MAX_CONNECTIONS = 10_000;

    private LoadGenerator() {
    }

    /**
     * {@code LoadGenerator PORT CONNECTIONS LIMIT_SECONDS [WARM_UP [line|http]]}: loads 127.0.0.1:PORT and prints
     * one LOAD line; with WARM_UP, a first unmeasured run of that many clients lets both JVMs compile their hot code.
     */
    public static void main(String[] args) throws InterruptedException {
        if (args.length < 3) {
            System.err.println("usage: LoadGenerator PORT CONNECTIONS LIMIT_SECONDS [WARM_UP [line|http]]");
            System.exit(2);
        }
        var server = new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), Integer.parseInt(args[0]));
        Duration limit = Duration.ofSeconds(Long.parseLong(args[2]));
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        Wire wire = args.length > 4 ? Wire.valueOf(args[4].toUpperCase(Locale.ROOT)) : Wire.LINE;
        if (warmUp > 0) {
            Load first = run(server, wire, warmUp, limit, null);
            System.out.println("WARM-UP " + first.line());
        }
        Load load = run(server, wire, Integer.parseInt(args[1].replace("_", "")), limit, null);
        System.out.println(load.line());
    }

    // tag::run[]
    /** Runs {@code connections} clients against {@code server}; each one's wait is recorded in {@code timeline} if given. */
    public static Load run(InetSocketAddress server, int connections, Duration limit, Timeline timeline)
            throws InterruptedException {
        return run(server, Wire.LINE, connections, limit, timeline);
    }

    /** The same, with requests and answers on {@code wire}. */
    public static Load run(InetSocketAddress server, Wire wire, int connections, Duration limit, Timeline timeline)
            throws InterruptedException {
        if (connections < 1 || connections > MAX_CONNECTIONS) {
            throw new IllegalArgumentException("between 1 and " + MAX_CONNECTIONS + " connections, not " + connections);
        }
        if (!server.getAddress().isLoopbackAddress()) {
            throw new IllegalArgumentException("loopback only, not " + server);
        }
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        Clients clients = new Clients(server, wire, start, timeline);
        long opened = 0;
        try (clients) {
            for (int i = 1; i <= connections; i++) {
                clients.open("request " + i);
                if (i % 100 == 0) {
                    clients.step(0); // take the answers to the first connections while opening the next ones
                }
            }
            opened = System.nanoTime() - start;
            while (clients.waiting() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    clients.fail("no answer within " + Timeline.seconds(limit));
                    break;
                }
                clients.step(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                if (Thread.interrupted()) {
                    throw new InterruptedException("load generator interrupted with " + clients.waiting() + " clients waiting");
                }
            }
        } catch (IOException broken) {
            clients.fail(broken.toString());
        }
        int ok = clients.answered;
        long end = ok == connections ? clients.lastAnswer : System.nanoTime();
        return new Load(connections, ok, connections - ok, Duration.ofNanos(end - start), Duration.ofNanos(opened),
                clients.slowest, clients.firstError);
    }
    // end::run[]

    /**
     * Every client on one thread with one selector: non-blocking connect, write, read. Cheaper than
     * a thread per client, so that the clients never slow the server they measure.
     */
    private static final class Clients implements AutoCloseable {

        private record Client(String request, Duration began, ByteBuffer out, ByteBuffer in) {
        }

        private final InetSocketAddress server;
        private final Wire wire;
        private final long start;
        private final Timeline timeline;
        private final Selector selector;
        private int answered;
        private long lastAnswer;
        private Duration slowest = Duration.ZERO;
        private String firstError;

        Clients(InetSocketAddress server, Wire wire, long start, Timeline timeline) {
            this.server = server;
            this.wire = wire;
            this.start = start;
            this.timeline = timeline;
            try {
                this.selector = Selector.open();
            } catch (IOException noSelector) {
                throw new java.io.UncheckedIOException(noSelector);
            }
        }

        void open(String request) {
            Client client = new Client(request, Duration.ofNanos(System.nanoTime() - start), wire.request(request),
                    ByteBuffer.allocate(Service.MAX_LINE));
            SocketChannel channel = null;
            try {
                channel = SocketChannel.open();
                channel.configureBlocking(false);
                boolean connected = channel.connect(server);
                if (connected) { // connected at once: send the request now, one selector round less
                    channel.write(client.out());
                }
                channel.register(selector, !connected ? SelectionKey.OP_CONNECT
                        : client.out().hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ, client);
            } catch (IOException failed) {
                error(request, failed.toString());
                closeQuietly(channel);
            }
        }

        int waiting() {
            return selector.keys().size();
        }

        void step(long timeoutMillis) throws IOException {
            if (timeoutMillis == 0) {
                selector.selectNow();
            } else {
                selector.select(timeoutMillis);
            }
            for (SelectionKey key : selector.selectedKeys()) {
                Client client = (Client) key.attachment();
                SocketChannel channel = (SocketChannel) key.channel();
                try {
                    if (key.isConnectable() && channel.finishConnect()) {
                        key.interestOps(SelectionKey.OP_WRITE);
                    }
                    if (key.isValid() && key.isWritable()) {
                        channel.write(client.out());
                        if (!client.out().hasRemaining()) {
                            key.interestOps(SelectionKey.OP_READ);
                        }
                    }
                    if (key.isValid() && key.isReadable()) {
                        read(client, channel);
                    }
                } catch (IOException | RuntimeException failed) {
                    error(client.request(), failed.toString());
                    closeQuietly(channel);
                }
            }
            selector.selectedKeys().clear();
            selector.selectNow(); // forget the keys of closed channels, so that waiting() counts the living
        }

        private void read(Client client, SocketChannel channel) throws IOException {
            if (channel.read(client.in()) < 0) {
                throw new IOException("the server hung up without an answer");
            }
            client.in().flip();
            String answer = wire.answer(client.in());
            client.in().compact();
            if (answer == null) {
                return;
            }
            if (!Service.answer(client.request()).equals(answer)) {
                throw new IOException("wrong answer: " + answer);
            }
            long now = System.nanoTime();
            answered++;
            lastAnswer = Math.max(lastAnswer, now);
            Duration waited = Duration.ofNanos(now - start).minus(client.began());
            if (waited.compareTo(slowest) > 0) {
                slowest = waited;
            }
            if (timeline != null) {
                timeline.add(client.request(), Thread.currentThread(), client.began(), Duration.ofNanos(now - start));
            }
            channel.close();
        }

        void fail(String why) {
            for (SelectionKey key : selector.keys()) {
                error(((Client) key.attachment()).request(), why);
            }
        }

        private void error(String request, String why) {
            if (firstError == null) {
                firstError = request + ": " + why;
            }
        }

        @Override
        public void close() {
            for (SelectionKey key : selector.keys()) {
                closeQuietly(key.channel()); // cut off whoever still waits: the run ends now
            }
            closeQuietly(selector);
        }
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException alreadyGone) {
            // closed is closed
        }
    }
}
