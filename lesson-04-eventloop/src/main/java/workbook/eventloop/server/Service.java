package workbook.eventloop.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The tiny service every server here offers: a client sends one line, the server asks its
 * "database" (a 1 s wait) and answers one line, then hangs up.
 */
public final class Service {

    /** The database call every request waits for: all the servers differ in how they wait. */
    public static final Duration DATABASE = Duration.ofSeconds(1);

    /** Connections waiting to be accepted; the kernel caps it at net.core.somaxconn. */
    public static final int BACKLOG = 16_384;

    /** Longer requests are refused: a server must bound what one client can make it hold. */
    public static final int MAX_LINE = 1_024;

    private Service() {
    }

    /**
     * How a request travels: a bare line (every server built here), or an HTTP GET carrying the line
     * in its query, for a server that speaks only HTTP. Either way the answer is one line.
     */
    public enum Wire {
        LINE, HTTP;

        /** What a client sends to ask {@code request}. */
        public ByteBuffer request(String request) {
            return switch (this) {
                case LINE -> line(request);
                case HTTP -> ByteBuffer.wrap(("GET /?" + URLEncoder.encode(request, StandardCharsets.UTF_8)
                        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            };
        }

        /**
         * The answer line in what a client has received so far (read mode), or null while it has not
         * all come; the buffer is left as it was. Over HTTP, the line is the body of a 200 response.
         */
        public String answer(ByteBuffer received) throws IOException {
            if (this == LINE) {
                return firstLine(received);
            }
            String text = StandardCharsets.UTF_8.decode(received.duplicate()).toString();
            int body = text.indexOf("\r\n\r\n");
            if (body < 0 || text.indexOf('\n', body + 4) < 0) {
                return null;
            }
            if (!text.startsWith("HTTP/1.1 200 ")) {
                throw new IOException("HTTP answer not 200: " + text.lines().findFirst().orElse(""));
            }
            return text.substring(body + 4, text.indexOf('\n', body + 4));
        }
    }

    /** 127.0.0.1 and a port the kernel picks: nothing here ever listens beyond this machine. */
    public static InetSocketAddress anyFreeLoopbackPort() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }

    /** What the database says to {@code request}. */
    public static String answer(String request) {
        return "found " + request;
    }

    /** A line on the wire: UTF-8 and a newline. */
    public static ByteBuffer line(String text) {
        return ByteBuffer.wrap((text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The first line in what has been received so far (read mode), or null while its newline has not
     * come; the buffer is left as it was.
     */
    public static String firstLine(ByteBuffer received) {
        for (int i = received.position(); i < received.limit(); i++) {
            if (received.get(i) == '\n') {
                byte[] bytes = new byte[i - received.position()];
                received.get(received.position(), bytes);
                String text = new String(bytes, StandardCharsets.UTF_8);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
        }
        return null;
    }
}
