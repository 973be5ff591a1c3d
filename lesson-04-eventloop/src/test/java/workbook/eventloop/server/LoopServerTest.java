package workbook.eventloop.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static workbook.kit.Timing.seconds;

import java.io.IOException;
import java.net.ConnectException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import workbook.eventloop.server.LoadGenerator.Load;
import workbook.kit.Goal;
import workbook.kit.MachineLoad;
import workbook.kit.Timeline;
import workbook.kit.Timing;
import workbook.kit.ThreadWaits;

@Execution(ExecutionMode.CONCURRENT) // each test has a server of its own, and mostly waits
@ResourceLock(value = LoopServerTest.SERVER_THREADS, mode = ResourceAccessMode.READ)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the first failure is the one that names the mistake
class LoopServerTest {

    /** Held exclusively by the test that looks for the servers' threads after close(). */
    static final String SERVER_THREADS = "threads named event-loop and io-readiness";

    private static final int CLIENTS = 5;

    @Test
    @Order(1)
    void anIdleServerRunsNoCallbacks() throws Exception {
        try (LoopServer server = LoopServer.start()) {
            ThreadWaits.awaitWaiting(server.loopThread(), Duration.ofSeconds(1)); // its start-up done, it waits
            long before = server.callbacksRun();

            MachineLoad.Window window = MachineLoad.idleWindow(Duration.ofMillis(500)); // no client comes

            long callbacks = server.callbacksRun() - before;
            assertThat(callbacks)
                    .as(String.format(Locale.ROOT, """
                            the server's loop ran %,d callbacks while no client was connected %s, expected at \
                            most %d: something asks "is anybody there yet?" over and over. An idle loop runs \
                            nothing until a socket is ready; look at how LoopServer learns that a client has come""",
                            callbacks, window.describe(), window.allowance()))
                    .isLessThanOrEqualTo(window.allowance());
        }
    }

    @Test
    @Order(2)
    @Goal(exercise = LoopServer.class, failsBecause = "blocking mode")
    void itsListeningSocketNeverMakesACallerWait() {
        try (LoopServer server = LoopServer.start()) {
            assertThat(server.acceptBlocks())
                    .as("""
                            LoopServer's listening socket is in blocking mode once started: whichever thread calls \
                            accept() on it waits there until a client comes, and a thread waiting in accept() runs \
                            no callback and answers nobody. Expected a socket that never makes its caller wait; \
                            look at how LoopServer accepts""")
                    .isFalse();
        }
    }

    @Test
    @Order(3)
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
    @Order(4)
    @Goal(exercise = LoopServer.class, failsBecause = "silent client")
    void aSilentClientDoesNotHoldUpTheOthers() throws Exception {
        try (LoopServer server = LoopServer.start();
                Socket silent = new Socket(server.address().getAddress(), server.address().getPort())) {
            await("the server accepting a client that then says nothing").atMost(Duration.ofSeconds(5))
                    .until(() -> server.accepted() == 1);

            Load load = LoadGenerator.run(server.address(), CLIENTS, Duration.ofSeconds(4), null);

            String measured = String.format(Locale.ROOT, """
                    with a silent client connected first (it sends nothing), %d clients had %d answers after %.1f s \
                    (first error: %s), expected all %d after about 1 s (0.9 to 2.5 s): while the server waited for \
                    the silent client's line, the others were not served. Look at how LoopServer reads a request: \
                    who waits for the silent client's bytes?""",
                    CLIENTS, load.answered(), load.wall().toNanos() / 1e9, load.firstError(), CLIENTS);
            assertThat(load.answered()).as(measured).isEqualTo(CLIENTS);
            assertThat(load.wall()).as(measured).isBetween(seconds(0.9), seconds(2.5));
            assertThat(silent.isConnected()).isTrue();
        }
    }

    @Test
    @Order(5)
    void oneClientHasItsAnswerAfterTheDatabaseWait() throws Exception {
        try (LoopServer server = LoopServer.start()) {
            Load load = LoadGenerator.run(server.address(), 1, Duration.ofSeconds(10), null);

            assertThat(load.answered()).as("answered; the error: %s", load.firstError()).isOne();
            assertThat(load.wall()).isBetween(seconds(0.95), seconds(2.5));
        }
    }

    @Test
    @Order(6)
    void aRequestLineSentInTwoPiecesIsAnswered() throws Exception {
        try (LoopServer server = LoopServer.start();
                Socket client = new Socket(server.address().getAddress(), server.address().getPort())) {
            await("the server accepting the client").atMost(Duration.ofSeconds(5)).until(() -> server.accepted() == 1);
            ThreadWaits.awaitWaiting(server.loopThread(), Duration.ofSeconds(1)); // done accepting, it waits
            long before = server.callbacksRun();
            OutputStream out = client.getOutputStream();
            out.write("pie".getBytes(StandardCharsets.UTF_8));
            out.flush();
            // the first piece read, before the rest is sent: by a callback, or by a thread waiting in read()
            await("the server reading the first piece").atMost(Duration.ofSeconds(10))
                    .until(() -> server.callbacksRun() > before || Arrays.stream(server.loopThread().getStackTrace())
                            .anyMatch(frame -> frame.getMethodName().equals("read")));
            String answer;
            try {
                out.write("ce 42\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
                client.setSoTimeout(10_000);
                answer = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8))
                        .readLine();
            } catch (IOException hungUp) {
                answer = null;
            }
            assertThat(answer).as("""
                    a client sent its request line in two pieces ("pie", then "ce 42" and the newline once the \
                    server had read the first) and got %s, expected "found piece 42": a read takes whatever has \
                    come so far, part of a line too. Look at what LoopServer does when a read brings no whole line""",
                    answer == null ? "no answer: the server hung up" : "\"" + answer + "\"")
                    .isEqualTo("found piece 42");
        }
    }

    @Test
    @Order(7)
    @ResourceLock(value = SERVER_THREADS, mode = ResourceAccessMode.READ_WRITE) // no other server's threads meanwhile
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
    @Order(8)
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
