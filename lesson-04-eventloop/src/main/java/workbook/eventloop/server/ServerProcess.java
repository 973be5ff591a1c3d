package workbook.eventloop.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One server in a JVM of its own, so that its threads and memory are measured apart from the load's.
 * It is driven over stdin, one command a line, and answers on stdout:
 * <pre>
 *   (at start)  LISTENING port platformThreadsBeforeTheServer
 *   RESET       RESET                      (a new measuring window)
 *   STATS       STATS platformPeak rssPeakKib heapPeakBytes virtualThreadsPeak inServicePeak
 *   STOP        STOPPED                    (and exits; so does the end of stdin, or the time limit)
 * </pre>
 */
public final class ServerProcess {

    /** Which servers there are, by the name the command line uses. */
    public enum Kind {
        POOL, VIRTUAL, LOOP;

        public BusyServer start(int poolSize) {
            return switch (this) {
                case POOL -> ThreadPerConnectionServer.platformPool(poolSize);
                case VIRTUAL -> ThreadPerConnectionServer.virtualThreads();
                case LOOP -> LoopServer.start();
            };
        }
    }

    /** However it is driven, the process ends by itself after this long. */
    public static final Duration LIFETIME = Duration.ofMinutes(10);

    private ServerProcess() {
    }

    /** {@code ServerProcess pool|virtual|loop [POOL_SIZE]} */
    public static void main(String[] args) throws IOException {
        Kind kind = Kind.valueOf(args[0].toUpperCase(java.util.Locale.ROOT));
        int poolSize = args.length > 1 ? Integer.parseInt(args[1]) : ThreadPerConnectionServer.DEFAULT_POOL_SIZE;
        Thread.ofPlatform().name("lifetime").daemon().start(() -> {
            try {
                Thread.sleep(LIFETIME);
            } catch (InterruptedException ignored) {
                // exits anyway
            }
            System.err.println("server process: " + LIFETIME.toMinutes() + " min are up, exiting");
            Runtime.getRuntime().halt(3);
        });
        int before = ProcessPeaks.platformThreadsNow();
        try (BusyServer server = kind.start(poolSize)) {
            System.out.println("LISTENING " + server.address().getPort() + " " + before);
            var commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String command; (command = commands.readLine()) != null && !command.equals("STOP"); ) {
                switch (command) {
                    case "RESET" -> {
                        ProcessPeaks.reset();
                        System.out.println("RESET");
                    }
                    case "STATS" -> System.out.println("STATS " + ProcessPeaks.now().line() + " "
                            + server.peakVirtualThreads() + " " + server.peakInService());
                    default -> System.out.println("UNKNOWN " + command);
                }
            }
        }
        System.out.println("STOPPED");
    }
}
