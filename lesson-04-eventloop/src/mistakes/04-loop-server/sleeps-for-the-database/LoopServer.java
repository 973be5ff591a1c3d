// Mistake: accepts and reads without blocking, then waits for the database with Thread.sleep on the loop thread.
// Rejected with: "after about 1 s"
package workbook.eventloop.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import workbook.eventloop.Timer;

/** The busy server on the hand-built loop: one thread, every client. */
public final class LoopServer extends AbstractLoopServer {

    private final Set<Connection> connections = new HashSet<>(); // the loop thread's alone, like everything below
    private Readiness readiness;

    private LoopServer(Duration database) {
        super(database);
    }

    /** A loop server whose database takes 1 s. */
    public static LoopServer start() {
        return start(Service.DATABASE);
    }

    public static LoopServer start(Duration database) {
        LoopServer server = new LoopServer(database);
        server.startLoop();
        return server;
    }

    @Override
    void begin() {
        try {
            server.configureBlocking(false);
        } catch (IOException cannotSwitch) {
            throw new UncheckedIOException(cannotSwitch);
        }
        readiness = new Readiness(loop);
        acceptWhenReady();
    }

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

    /** One client, from its first byte to the answer; every method runs on the loop thread. */
    private final class Connection {
        private final SocketChannel channel;
        private final ByteBuffer received = ByteBuffer.allocate(Service.MAX_LINE);
        private ByteBuffer answer;
        private Timer query;

        Connection(SocketChannel channel) {
            this.channel = channel;
        }

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
                Thread.sleep(database); // the database's answer takes this long
                answer(Service.answer(request));
            } catch (IOException gone) {
                close();
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                close();
            }
        }

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

    @Override
    void shutDown() {
        readiness.close();
        closeQuietly(server);
        List.copyOf(connections).forEach(Connection::close);
    }
}
