// Mistake: makes the sockets non-blocking and retries accept() and read() every millisecond with timers.
// Rejected with: "callbacks while no client"
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
            server.configureBlocking(false); // accept() now returns null at once when nobody is there
        } catch (IOException cannotSwitch) {
            throw new java.io.UncheckedIOException(cannotSwitch);
        }
        loop.execute("accept", this::acceptSome);
    }

    private void acceptSome() {
        if (closing.isDone()) {
            return;
        }
        try {
            for (SocketChannel client; (client = server.accept()) != null; ) {
                accepted.incrementAndGet();
                client.configureBlocking(false);
                readSome(client, ByteBuffer.allocate(Service.MAX_LINE));
            }
        } catch (IOException cannotAccept) {
            // try again below
        }
        loop.setTimeout("accept again", Duration.ofMillis(1), this::acceptSome); // anybody there yet?
    }

    private void readSome(SocketChannel client, ByteBuffer received) {
        if (closing.isDone()) {
            closeQuietly(client);
            return;
        }
        try {
            if (client.read(received) < 0) {
                closeQuietly(client);
                return;
            }
            String request = lineIn(received);
            if (request == null) {
                loop.setTimeout("read again", Duration.ofMillis(1), () -> readSome(client, received)); // has it come yet?
                return;
            }
            inService.up();
            loop.setTimeout("database", database, () -> {
                inService.down();
                answer(client, request);
            });
        } catch (IOException gone) {
            closeQuietly(client);
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
        closeQuietly(server);
    }
}
