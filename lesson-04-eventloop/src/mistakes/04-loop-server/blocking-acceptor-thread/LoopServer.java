// Mistake: a thread of its own accepts and reads with blocking calls, and hands each request to the loop, whose database wait stays a timer.
// Rejected with: "blocking mode"
package workbook.eventloop.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.time.Duration;

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

    @Override
    void begin() {
        Thread.ofPlatform().name("acceptor").daemon().start(this::acceptForever); // accept() may block here: not on the loop
    }

    private void acceptForever() {
        while (!closing.isDone()) {
            SocketChannel client = null;
            try {
                client = server.accept();
                accepted.incrementAndGet();
                current = client;
                ByteBuffer received = ByteBuffer.allocate(Service.MAX_LINE);
                String request;
                while ((request = lineIn(received)) == null) {
                    if (!received.hasRemaining() || client.read(received) < 0) {
                        throw new IOException("no request line");
                    }
                }
                String asked = request;
                SocketChannel answering = client;
                loop.execute("database", () -> { // the wait itself stays a timer on the loop
                    inService.up();
                    loop.setTimeout("database", database, () -> {
                        inService.down();
                        answer(answering, asked);
                    });
                });
            } catch (IOException failed) {
                closeQuietly(client);
            }
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
        closeQuietly(current); // the database timers still to fire end the loop within 1 s
    }

    @Override
    void unblock() {
        closeQuietly(current); // the loop thread may be stuck in read()
    }
}
