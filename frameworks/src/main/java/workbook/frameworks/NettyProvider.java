package workbook.frameworks;

import workbook.eventloop.server.BusyServer;
import workbook.eventloop.server.ServerProvider;

/** Lets the busy-server comparison find {@link NettyServer} on the class path ({@code ServerProcess netty}). */
public final class NettyProvider implements ServerProvider {

    @Override
    public String kind() {
        return "netty";
    }

    @Override
    public BusyServer start() {
        return NettyServer.start();
    }
}
