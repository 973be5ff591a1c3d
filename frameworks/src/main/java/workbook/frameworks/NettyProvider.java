package workbook.frameworks;

import workbook.eventloop.server.BusyServer;
import workbook.eventloop.server.ServerProvider;
import workbook.eventloop.server.Service;

/** Lets the busy-server comparison find {@link NettyServer} on the class path ({@code ServerProcess netty}), with one loop. */
public final class NettyProvider implements ServerProvider {

    @Override
    public String kind() {
        return "netty";
    }

    @Override
    public BusyServer start() {
        return NettyServer.start();
    }

    /** Netty as a user starts it, with its default number of loops ({@code ServerProcess netty_default}). */
    public static final class Default implements ServerProvider {

        @Override
        public String kind() {
            return "netty_default";
        }

        @Override
        public BusyServer start() {
            return NettyServer.start(0, Service.DATABASE);
        }
    }
}
