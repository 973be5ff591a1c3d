package workbook.eventloop.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import workbook.eventloop.Timer;

/**
 * The service on one event loop thread: the database wait is a {@code setTimeout}, so the loop
 * could serve every client while their queries wait. The socket, the loop's thread and closing
 * are in {@link AbstractLoopServer}; here is how the loop takes its clients.
 *
 * <p>EXERCISE: five clients at once have their answers one a second, not together after 1 s.
 * Run {@code ./workbook run 04-loop-server}.
 */
public final class LoopServer extends AbstractLoopServer {

    private volatile SocketChannel current;
    private Timer query;

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
        loop.execute("serve the next client", this::serveNext);
    }

    // tag::serveNext[]
    private void serveNext() {
        if (closing.isDone()) {
            return;
        }
        SocketChannel client = null;
        try {
            // TODO: the database waits are timers, yet the answers come one a second. What is the
            //  loop thread doing between two answers? (./workbook run 04-loop-server)
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

    @Override
    void shutDown() {
        if (query != null) {
            loop.clearTimeout(query);
            query = null;
            inService.down();
        }
        closeQuietly(current);
    }

    @Override
    void unblock() {
        closeQuietly(current); // the loop thread may be stuck in read()
    }
}
