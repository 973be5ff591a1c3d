package workbook.eventloop.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The service on the JDK's own HTTP server ({@code com.sun.net.httpserver}), each request on a
 * virtual thread of its own: what a Java developer has without writing a server or adding a
 * library. One dispatcher thread of the JDK watches the sockets with a selector and accepts one
 * connection each time round; once a request's bytes have come, a virtual thread reads it, waits for
 * the database blocking, as in {@link ThreadPerConnectionServer}, and answers.
 */
public final class JdkHttpServer implements BusyServer {

    private final Duration database;
    private final HttpServer server;
    private final ExecutorService handlers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("handler-", 1).factory());
    private final Peak inService = new Peak();
    private final Peak virtualThreads = new Peak();

    private JdkHttpServer(Duration database) {
        this.database = database;
        try {
            server = HttpServer.create(Service.anyFreeLoopbackPort(), Service.BACKLOG);
        } catch (IOException cannotListen) {
            throw new UncheckedIOException("cannot listen on loopback", cannotListen);
        }
        server.createContext("/", this::serve);
        server.setExecutor(handlers);
        server.start();
    }

    public static JdkHttpServer start(Duration database) {
        return new JdkHttpServer(database);
    }

    public static JdkHttpServer start() {
        return start(Service.DATABASE);
    }

    // tag::serve[]
    private void serve(HttpExchange exchange) throws IOException {
        virtualThreads.up();
        try (exchange) {
            String request = URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
            inService.up();
            try {
                Thread.sleep(database); // the handler's virtual thread waits, as ours does
            } finally {
                inService.down();
            }
            byte[] answer = Service.line(Service.answer(request)).array();
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt(); // close() stopped us: this exchange ends unanswered
        } finally {
            virtualThreads.down();
        }
    }
    // end::serve[]

    @Override
    public String name() {
        return "JDK HTTP server, VT";
    }

    @Override
    public Service.Wire wire() {
        return Service.Wire.HTTP;
    }

    @Override
    public InetSocketAddress address() {
        return server.getAddress();
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
        handlers.shutdownNow(); // interrupts the handlers that wait for the database
        server.stop(0);
        try {
            if (!handlers.awaitTermination(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name() + ": a handler still ran 5 s after close()");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name() + ": interrupted while closing", interrupted);
        }
    }
}
