package workbook.eventloop.server;

import java.net.InetSocketAddress;

/** A server of {@link Service}, listening on loopback from the moment it exists until it is closed. */
public interface BusyServer extends AutoCloseable {

    /** How it serves, in the book's words ("200 platform threads", "event loop"). */
    String name();

    /** Where it listens: 127.0.0.1 and the port the kernel gave it. */
    InetSocketAddress address();

    /** How its clients ask and are answered: a bare line, unless it speaks only HTTP. */
    default Service.Wire wire() {
        return Service.Wire.LINE;
    }

    /** The most requests it has held at once, between reading one and answering it. */
    int peakInService();

    /** The most virtual threads it has had at once (none, for most). */
    default int peakVirtualThreads() {
        return 0;
    }

    /** Stops listening, drops every connection, and ends its threads; fails if one of them does not end. */
    @Override
    void close();
}
