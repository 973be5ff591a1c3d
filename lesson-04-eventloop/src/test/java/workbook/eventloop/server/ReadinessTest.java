package workbook.eventloop.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import workbook.eventloop.EventLoop;

class ReadinessTest {

    @Test
    void aReadySocketsCallbackRunsOnTheLoopThreadNotOnTheWatcher() throws Exception {
        List<String> ranOn = new ArrayList<>();
        CompletableFuture<Void> accepted = new CompletableFuture<>();
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(Service.anyFreeLoopbackPort());
            server.configureBlocking(false);
            Thread loopThread = Thread.currentThread();
            EventLoop.run(loop -> {
                Readiness readiness = new Readiness(loop);
                loop.onLoop(accepted.orTimeout(5, TimeUnit.SECONDS)).whenComplete((ok, failed) -> readiness.close());
                readiness.whenReady(server, SelectionKey.OP_ACCEPT, "accept", () -> {
                    ranOn.add(Thread.currentThread() == loopThread ? "loop thread" : Thread.currentThread().getName());
                    try (SocketChannel client = server.accept()) {
                        accepted.complete(null);
                    } catch (IOException failed) {
                        throw new UncheckedIOException(failed);
                    }
                });
                Thread.ofPlatform().daemon().start(() -> connect(server));
            });
        }
        assertThat(accepted).as("the server socket became ready to accept within 5 s").isCompleted();
        assertThat(ranOn).containsExactly("loop thread");
    }

    private static void connect(ServerSocketChannel server) {
        try (Socket client = new Socket()) {
            client.connect(server.getLocalAddress(), (int) Duration.ofSeconds(5).toMillis());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
