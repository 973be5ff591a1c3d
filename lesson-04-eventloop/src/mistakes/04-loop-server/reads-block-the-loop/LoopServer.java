// Mistake: is called back when a client can be accepted, but then reads the client's line with a blocking read on the loop thread.
// Rejected with: "silent client"
package workbook.eventloop.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.nio.channels.SelectionKey;

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

    private Readiness readiness;

    @Override
    void begin() {
        try {
            server.configureBlocking(false);
        } catch (IOException cannotSwitch) {
            throw new java.io.UncheckedIOException(cannotSwitch);
        }
        readiness = new Readiness(loop);
        acceptWhenReady();
    }

    private void acceptWhenReady() {
        readiness.whenReady(server, SelectionKey.OP_ACCEPT, "accept", this::acceptAll);
    }

    private void acceptAll() {
        try {
            for (SocketChannel client; (client = server.accept()) != null; ) {
                accepted.incrementAndGet();
                current = client;
                ByteBuffer received = ByteBuffer.allocate(Service.MAX_LINE);
                String request;
                while ((request = lineIn(received)) == null) { // the client is still blocking: its line comes soon
                    if (!received.hasRemaining() || client.read(received) < 0) {
                        throw new IOException("no request line");
                    }
                }
                String asked = request;
                SocketChannel answering = client;
                inService.up();
                loop.setTimeout("database", database, () -> {
                    inService.down();
                    answer(answering, asked);
                });
            }
        } catch (IOException failed) {
            closeQuietly(current);
        }
        if (!closing.isDone()) {
            acceptWhenReady();
        }
    }

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
        readiness.close();
        closeQuietly(server);
        closeQuietly(current);
    }

    @Override
    void unblock() {
        closeQuietly(current); // the loop thread may be stuck in read()
    }
}
