package workbook.eventloop.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static workbook.kit.Timing.seconds;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import workbook.eventloop.server.LoadGenerator.Load;
import workbook.kit.Timing;

class LoadGeneratorTest {

    @Test
    void aServerThatNeverAnswersIsCutOffAtTheTimeLimit() throws Exception {
        try (ServerSocket mute = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Load[] load = new Load[1];
            Timing.of("3 clients of a server that never answers, limited to 0.5 s")
                    .shouldTakeBetween(seconds(0.45), seconds(3))
                    .run(() -> load[0] = LoadGenerator.run((InetSocketAddress) mute.getLocalSocketAddress(), 3,
                            Duration.ofMillis(500), null));

            assertThat(load[0].answered()).isZero();
            assertThat(load[0].errors()).isEqualTo(3);
            assertThat(load[0].firstError()).contains("no answer within 0.50 s");
        }
    }

    @Test
    void itLoadsLoopbackOnlyAndBoundedNumbers() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                LoadGenerator.run(new InetSocketAddress("192.0.2.1", 80), 1, Duration.ofSeconds(1), null));
        assertThatIllegalArgumentException().isThrownBy(() -> LoadGenerator.run(
                new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 80), LoadGenerator.MAX_CONNECTIONS + 1,
                Duration.ofSeconds(1), null));
    }

    @Test
    void itsReportSurvivesTheTripThroughAChildProcess() {
        Load load = new Load(5_000, 4_998, 2, Duration.ofMillis(1_234), Duration.ofMillis(321), Duration.ofMillis(1_012),
                "request 7: refused");
        assertThat(Load.parse(load.line())).isEqualTo(load);
        assertThat(load.throughput()).isCloseTo(4_998 / 1.234, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void overHttpTheAnswerIsTheBodyOfA200AndComesOnlyWhenItsLineIsComplete() throws Exception {
        assertThat(new String(Service.Wire.HTTP.request("request 7").array(), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("GET /?request+7 HTTP/1.1\r\n").contains("Connection: close\r\n").endsWith("\r\n\r\n");
        String head = "HTTP/1.1 200 OK\r\nContent-length: 16\r\n\r\n";
        assertThat(Service.Wire.HTTP.answer(Service.line(head + "found request"))).isEqualTo("found request");
        assertThat(Service.Wire.HTTP.answer(java.nio.ByteBuffer.wrap((head + "found req").getBytes()))).isNull();
        org.assertj.core.api.Assertions.assertThatIOException()
                .isThrownBy(() -> Service.Wire.HTTP.answer(Service.line("HTTP/1.1 500 Oops\r\n\r\nsorry")))
                .withMessageContaining("500 Oops");
    }
}
