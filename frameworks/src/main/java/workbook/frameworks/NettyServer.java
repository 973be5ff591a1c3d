package workbook.frameworks;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
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
 * The service on Netty, with one event-loop thread that accepts, reads, waits and writes for every
 * client, as lesson 04's loop server does: Netty's selector plays our {@code Readiness}, its
 * scheduled task our {@code setTimeout}. A user would give Netty a thread per core; one thread
 * keeps the comparison with the hand-built loop like for like.
 */
public final class NettyServer implements BusyServer {

    private final Duration database;
    private final EventLoopGroup loop = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final Channel server;
    private final AtomicInteger inService = new AtomicInteger(); // written on the loop thread, read by STATS
    private final AtomicInteger peakInService = new AtomicInteger();

    private NettyServer(Duration database) {
        this.database = database;
        server = new ServerBootstrap()
                .group(loop) // one loop accepts and serves
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

    public static NettyServer start(Duration database) {
        return new NettyServer(database);
    }

    public static NettyServer start() {
        return start(Service.DATABASE);
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
        return "Netty, one loop";
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
