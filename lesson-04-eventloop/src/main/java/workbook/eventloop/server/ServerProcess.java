package workbook.eventloop.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * One server in a JVM of its own, so that its threads and memory are measured apart from the load's.
 * It is driven over stdin, one command a line, and answers on stdout:
 * <pre>
 *   (at start)  LISTENING port platformThreadsBeforeTheServer line|http name in words
 *   RESET       RESET                      (a new measuring window)
 *   STATS       STATS platformPeak rssPeakKib heapPeakBytes virtualThreadsPeak inServicePeak
 *   STOP        STOPPED                    (and exits; so does the end of stdin, or the time limit)
 * </pre>
 */
public final class ServerProcess {

    /** The servers of this lesson, by the name the command line uses (jdk_http: the JDK's HTTP server on virtual threads). */
    public enum Kind {
        POOL, VIRTUAL, JDK_HTTP, LOOP;

        public BusyServer start(int poolSize) {
            return switch (this) {
                case POOL -> ThreadPerConnectionServer.platformPool(poolSize);
                case VIRTUAL -> ThreadPerConnectionServer.virtualThreads();
                case JDK_HTTP -> JdkHttpServer.start();
                case LOOP -> LoopServer.start();
            };
        }

        public String argument() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The kinds on the command line: this lesson's, then those of every {@link ServerProvider} on the class path. */
    public static List<String> kinds() {
        List<String> kinds = new ArrayList<>(Stream.of(Kind.values()).map(Kind::argument).toList());
        ServiceLoader.load(ServerProvider.class).forEach(provider -> kinds.add(provider.kind()));
        return kinds;
    }

    /** Starts the server named {@code kind} on the command line. */
    public static BusyServer start(String kind, int poolSize) {
        for (Kind ours : Kind.values()) {
            if (ours.argument().equals(kind)) {
                return ours.start(poolSize);
            }
        }
        for (ServerProvider provider : ServiceLoader.load(ServerProvider.class)) {
            if (provider.kind().equals(kind)) {
                return provider.start();
            }
        }
        throw new IllegalArgumentException("no server \"" + kind + "\": one of " + kinds());
    }

    /** However it is driven, the process ends by itself after this long. */
    public static final Duration LIFETIME = Duration.ofMinutes(10);

    private ServerProcess() {
    }

    /** {@code ServerProcess pool|virtual|jdk_http|loop|(a provider's kind) [POOL_SIZE]} */
    public static void main(String[] args) throws IOException {
        String kind = args[0].toLowerCase(java.util.Locale.ROOT);
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
        try (BusyServer server = start(kind, poolSize)) {
            System.out.println("LISTENING " + server.address().getPort() + " " + before + " "
                    + server.wire().name().toLowerCase(java.util.Locale.ROOT) + " " + server.name());
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
