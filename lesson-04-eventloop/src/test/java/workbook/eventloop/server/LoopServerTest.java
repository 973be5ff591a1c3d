package workbook.eventloop.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static workbook.kit.Timing.seconds;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import workbook.eventloop.server.LoadGenerator.Load;
import workbook.kit.Goal;
import workbook.kit.Timeline;
import workbook.kit.Timing;

class LoopServerTest {

    private static final int CLIENTS = 5;

    @Test
    @Goal(exercise = LoopServer.class, failsBecause = "the loop serves one client at a time")
    void fiveClientsAtOnceHaveTheirAnswersAfterAboutOneSecond() {
        Timeline timeline = Timeline.startingNow();
        Load[] load = new Load[1];
        try (LoopServer server = LoopServer.start()) {
            Timing.of(CLIENTS + " clients at once on the LoopServer, each request waiting 1 s for its database,")
                    .shouldTakeBetween(seconds(0.9), seconds(2.5))
                    .hint("the " + CLIENTS + " database waits should overlap, so that every answer comes after "
                            + "about 1 s; if they came one a second (see below), the loop serves one client at a time. "
                            + "Look at LoopServer.serveNext: does the loop thread wait in accept() or read()?")
                    .showing(timeline)
                    .run(() -> load[0] = LoadGenerator.run(server.address(), CLIENTS, Duration.ofSeconds(15), timeline));
            assertThat(load[0].errors()).as("errors, the first: %s", load[0].firstError()).isZero();
            assertThat(server.peakInService()).as("requests waiting for the database at once").isEqualTo(CLIENTS);
        }
    }

    @Test
    void oneClientHasItsAnswerAfterTheDatabaseWait() throws Exception {
        try (LoopServer server = LoopServer.start()) {
            Load load = LoadGenerator.run(server.address(), 1, Duration.ofSeconds(10), null);

            assertThat(load.answered()).as("answered; the error: %s", load.firstError()).isOne();
            assertThat(load.wall()).isBetween(seconds(0.95), seconds(2.5));
        }
    }

    @Test
    void itListensOnLoopbackOnlyAndNoLongerOnceClosed() throws Exception {
        LoopServer server = LoopServer.start();
        var address = server.address();
        try (server) {
            assertThat(address.getAddress().isLoopbackAddress()).as("listening on %s", address).isTrue();
            assertThat(address.getPort()).isPositive();
        }
        assertThatThrownBy(() -> new Socket(address.getAddress(), address.getPort()).close())
                .as("connecting to %s after close()", address).isInstanceOf(ConnectException.class);
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .as("threads left after close()").doesNotContain("event-loop", "io-readiness");
    }

    @Test
    void closingDoesNotWaitForAClientThatSaysNothing() throws Exception {
        LoopServer server = LoopServer.start();
        try (Socket silent = new Socket(server.address().getAddress(), server.address().getPort())) {
            await().atMost(Duration.ofSeconds(5)).until(() -> server.accepted() == 1); // it now waits for a line
            Timing.of("closing a LoopServer with a silent client").shouldTakeBetween(Duration.ZERO, seconds(5))
                    .hint("close() must not wait for a client to speak")
                    .run(server::close);
            assertThat(silent.getInputStream().read()).as("the silent client is hung up on").isEqualTo(-1);
        } catch (IOException reset) {
            // hung up on, the hard way: just as good
        }
    }
}
