package workbook.frameworks;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import workbook.eventloop.server.BusyServer;
import workbook.eventloop.server.Service;

/**
 * The service on Netty. With one event-loop thread, it accepts, reads, waits and writes for every
 * client, as lesson 04's loop server does: Netty's selector plays our {@code Readiness}, its
 * scheduled task our {@code setTimeout}; that is the comparison like for like. Left to its default,
 * Netty runs two loops per core, each with its share of the connections, which is what a user gets.
 */
public final class NettyServer implements BusyServer {

    private final Duration database;
    private final MultiThreadIoEventLoopGroup loop;
    private final Channel server;
    private final AtomicInteger inService = new AtomicInteger(); // written on the loop threads, read by STATS
    private final AtomicInteger peakInService = new AtomicInteger();

    private NettyServer(int loops, Duration database) {
        this.database = database;
        this.loop = new MultiThreadIoEventLoopGroup(loops, NioIoHandler.newFactory()); // 0: Netty's default
        server = new ServerBootstrap()
                .group(loop) // one of the loops accepts, every loop serves the connections it is given
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, Service.BACKLOG)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(new LineBasedFrameDecoder(Service.MAX_LINE), new Request());
                    }
                })
                .bind(Service.anyFreeLoopbackPort())
                .syncUninterruptibly()
                .channel();
    }

    /** On {@code loops} event-loop threads (0: Netty's default, two per core); each request waits {@code database}. */
    public static NettyServer start(int loops, Duration database) {
        return new NettyServer(loops, database);
    }

    /** On one event-loop thread, like the loop of lesson 04. */
    public static NettyServer start() {
        return start(1, Service.DATABASE);
    }

    // tag::serve[]
    /** One request line, on the loop thread: the database wait is a timer on the same loop. */
    private final class Request extends SimpleChannelInboundHandler<ByteBuf> {

        @Override
        protected void channelRead0(ChannelHandlerContext context, ByteBuf line) {
            String request = line.toString(StandardCharsets.UTF_8);
            peakInService.accumulateAndGet(inService.incrementAndGet(), Math::max);
            context.executor().schedule(() -> {
                inService.decrementAndGet();
                context.writeAndFlush(Unpooled.wrappedBuffer(Service.line(Service.answer(request))))
                        .addListener(ChannelFutureListener.CLOSE);
            }, database.toNanos(), TimeUnit.NANOSECONDS);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
            context.close(); // a line too long, a client gone: this connection ends here
        }
    }
    // end::serve[]

    @Override
    public String name() {
        return loop.executorCount() == 1 ? "Netty, one loop" : "Netty, " + loop.executorCount() + " loops";
    }

    @Override
    public InetSocketAddress address() {
        return (InetSocketAddress) server.localAddress();
    }

    @Override
    public int peakInService() {
        return peakInService.get();
    }

    @Override
    public void close() {
        server.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        if (!loop.shutdownGracefully(0, 0, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name() + ": the loop thread still ran 5 s after close()");
        }
    }
}
