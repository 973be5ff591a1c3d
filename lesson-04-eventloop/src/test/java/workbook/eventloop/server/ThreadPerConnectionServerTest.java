package workbook.eventloop.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static workbook.kit.Timing.seconds;

import java.net.ConnectException;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import workbook.eventloop.server.LoadGenerator.Load;
import workbook.kit.Timing;

class ThreadPerConnectionServerTest {

    @Test
    void aPoolOfTwoThreadsServesFourClientsInTwoRoundsOfOneSecond() {
        Load[] load = new Load[1];
        try (ThreadPerConnectionServer server = ThreadPerConnectionServer.platformPool(2)) {
            Timing.of("4 clients on 2 platform threads").shouldTakeBetween(seconds(1.9), seconds(3.5))
                    .hint("a pool thread is busy for its client's whole 1 s database wait: 2 rounds")
                    .run(() -> load[0] = LoadGenerator.run(server.address(), 4, Duration.ofSeconds(10), null));
            assertThat(load[0].errors()).as("errors, the first: %s", load[0].firstError()).isZero();
            assertThat(server.peakInService()).isEqualTo(2);
            assertThat(server.peakVirtualThreads()).isZero();
        }
    }

    @Test
    void aVirtualThreadPerConnectionServesTwentyClientsAtOnce() {
        Load[] load = new Load[1];
        try (ThreadPerConnectionServer server = ThreadPerConnectionServer.virtualThreads()) {
            Timing.of("20 clients, a virtual thread each").shouldTakeBetween(seconds(0.9), seconds(2.5))
                    .run(() -> load[0] = LoadGenerator.run(server.address(), 20, Duration.ofSeconds(10), null));
            assertThat(load[0].errors()).as("errors, the first: %s", load[0].firstError()).isZero();
            assertThat(server.peakInService()).isEqualTo(20);
            assertThat(server.peakVirtualThreads()).isEqualTo(20);
        }
    }

    @Test
    void itListensOnLoopbackOnlyAndClosingEndsEveryThread() throws Exception {
        ThreadPerConnectionServer server = ThreadPerConnectionServer.platformPool(3);
        var address = server.address();
        try (server; Socket silent = new Socket(address.getAddress(), address.getPort())) {
            assertThat(address.getAddress().isLoopbackAddress()).as("listening on %s", address).isTrue();
            Timing.of("closing with a silent client").shouldTakeBetween(Duration.ZERO, seconds(6)).run(server::close);
        }
        assertThatThrownBy(() -> new Socket(address.getAddress(), address.getPort()).close())
                .isInstanceOf(ConnectException.class);
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .as("threads left after close()").noneMatch(name -> name.startsWith("handler-") || name.equals("acceptor"));
    }
}
