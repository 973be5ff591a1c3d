package workbook.eventloop.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import workbook.eventloop.server.LoadGenerator.Load;
import workbook.eventloop.server.ServerProcess.Kind;
import workbook.kit.ChildJvm;

/**
 * One busy server, several ways, under real load: this lesson's three (a pool of platform threads, a
 * virtual thread each, the event loop), the JDK's HTTP server on virtual threads, and any framework's
 * server on the class path ({@link ServerProvider}). Each runs in a JVM of its own, the load generator
 * in another, on 127.0.0.1. Prints one table row per server.
 */
public final class BusyServerComparison {

    /** How long a server process may take to start listening: a JVM's start, seconds on a busy machine. */
    private static final Duration STARTING = Duration.ofSeconds(60);
    /** How long a server may take to answer a line of the comparison's own: a hang guard, not a claim. */
    private static final Duration ANSWERING = Duration.ofSeconds(30);


    /** One server's run: what the load saw, and the server process's own peaks. */
    public record Row(String server, Load load, ProcessPeaks peaks, int jvmThreads, int virtualThreads, int inService,
                      long listenOverflows) {
    }

    /** From this many clients on, an unmeasured first run (one round of the pool) lets both JVMs compile their hot code. */
    private static final int WARM_UP_FROM = 1_000;

    private BusyServerComparison() {
    }

    /**
     * {@code BusyServerComparison [CONNECTIONS [POOL_CONNECTIONS [POOL_SIZE [RUNS]]]]}, by default 10000 1000 200 1;
     * with several runs, their medians follow the tables.
     */
    public static void main(String[] args) throws Exception {
        int connections = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : LoadGenerator.MAX_CONNECTIONS;
        int poolConnections = args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : 1_000;
        int poolSize = args.length > 2 ? Integer.parseInt(args[2]) : ThreadPerConnectionServer.DEFAULT_POOL_SIZE;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        List<List<Row>> all = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            if (runs > 1) {
                System.out.println((i > 1 ? "\n" : "") + "Run " + i + " of " + runs + ":");
            }
            all.add(run(connections, poolSize, poolConnections, System.out::println));
        }
        if (runs > 1) {
            medians(all, System.out::println);
        }
    }

    /**
     * Each server's medians over several runs. A busy machine slows every server of a run alike, so
     * each wall time is also divided by the loop's in the same run, and the median of those ratios shown.
     */
    public static void medians(List<List<Row>> runs, Consumer<String> out) {
        out.accept(String.format(Locale.ROOT, "%nMedians of %d runs (wall: median, lowest to highest; "
                + "÷ loop: the wall time over the loop's in the same run):", runs.size()));
        out.accept(String.format(Locale.ROOT, "| %-20s | %7s | %-25s | %6s | %9s | %9s | %9s | %12s |",
                "server", "clients", "wall", "÷ loop", "connects", "slowest", "peak RSS", "dropped"));
        out.accept(String.format(Locale.ROOT, "|%s|%s|%s|%s|%s|%s|%s|%s|", "-".repeat(22), "-".repeat(9),
                "-".repeat(27), "-".repeat(8), "-".repeat(11), "-".repeat(11), "-".repeat(11), "-".repeat(14)));
        for (int i = 0; i < runs.getFirst().size(); i++) {
            int server = i;
            List<Row> rows = runs.stream().map(run -> run.get(server)).toList();
            List<Double> walls = rows.stream().map(row -> seconds(row.load().wall())).sorted().toList();
            List<Double> ratios = new ArrayList<>(); // only beside a loop that served as many clients
            for (List<Row> run : runs) {
                Load load = run.get(server).load();
                run.stream().filter(row -> row.server().equals("event loop"))
                        .filter(loop -> loop.load().connections() == load.connections())
                        .forEach(loop -> ratios.add(seconds(load.wall()) / seconds(loop.load().wall())));
            }
            out.accept(String.format(Locale.ROOT, "| %-20s | %,7d | %6.2f s (%.2f to %.2f s) | %6s | %7.2f s | %7.2f s "
                            + "| %,5.0f MiB | %,12.0f |",
                    rows.getFirst().server(), rows.getFirst().load().connections(), median(walls), walls.getFirst(),
                    walls.getLast(), ratios.isEmpty() ? "" : String.format(Locale.ROOT, "%.2f", median(ratios)),
                    median(rows.stream().map(row -> seconds(row.load().opened())).toList()),
                    median(rows.stream().map(row -> seconds(row.load().slowest())).toList()),
                    median(rows.stream().map(row -> row.peaks().rssKib() / 1024.0).toList()),
                    median(rows.stream().map(row -> (double) row.listenOverflows()).toList())));
        }
        out.accept("dropped: handshakes the kernel dropped from a full accept queue, warm-up included.");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int half = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(half) : (sorted.get(half - 1) + sorted.get(half)) / 2;
    }

    // tag::run[]
    /**
     * Loads the platform-thread pool of {@code poolSize} with {@code poolConnections} clients (it needs
     * about one second per {@code poolSize} of them), then every other server with {@code connections}
     * each; prints the table and what the pool would need for {@code connections}.
     */
    public static List<Row> run(int connections, int poolSize, int poolConnections, Consumer<String> out)
            throws IOException, InterruptedException {
        out.accept(String.format(Locale.ROOT, "Each request waits %d s for its database; each server and the load run "
                + "in JVMs of their own, on 127.0.0.1%s.", Service.DATABASE.toSeconds(),
                connections >= WARM_UP_FROM ? ", after an unmeasured warm-up run" : ""));
        acceptQueueLimit().ifPresent(out);
        List<Row> rows = new ArrayList<>();
        for (String kind : ServerProcess.kinds()) { // ours, then any framework's on the class path
            boolean pool = kind.equals(Kind.POOL.argument());
            rows.add(measure(kind, pool, poolSize, pool ? poolConnections : connections));
        }
        out.accept(String.format(Locale.ROOT, "| %-20s | %7s | %8s | %10s | %6s | %-28s | %9s | %9s | %9s | %9s |",
                "server", "clients", "wall", "answers/s", "errors", "peak threads", "peak RSS", "peak heap",
                "connects", "slowest"));
        out.accept(String.format(Locale.ROOT, "|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|", "-".repeat(22), "-".repeat(9),
                "-".repeat(10), "-".repeat(12), "-".repeat(8), "-".repeat(30), "-".repeat(11), "-".repeat(11),
                "-".repeat(11), "-".repeat(11)));
        for (Row row : rows) {
            String threads = row.peaks().platformThreads() + " platform"
                    + (row.virtualThreads() > 0 ? String.format(Locale.ROOT, " + %,d virtual", row.virtualThreads()) : "");
            out.accept(String.format(Locale.ROOT, "| %-20s | %,7d | %6.2f s | %,10.0f | %,6d | %-28s | %,5d MiB | %,5d MiB "
                            + "| %7.2f s | %7.2f s |",
                    row.server(), row.load().connections(), seconds(row.load().wall()), row.load().throughput(),
                    row.load().errors(), threads, row.peaks().rssKib() / 1024, row.peaks().heapBytes() >> 20,
                    seconds(row.load().opened()), seconds(row.load().slowest())));
        }
        out.accept(String.format(Locale.ROOT, "Peak threads include the JVM's own %d (before the server started).",
                rows.getLast().jvmThreads()));
        for (Row row : rows) {
            if (row.load().firstError() != null) {
                out.accept(row.server() + ", first error: " + row.load().firstError());
            }
            if (row.listenOverflows() > 0) {
                out.accept(String.format(Locale.ROOT, "%s: the kernel dropped %,d handshakes from a full accept queue, "
                        + "warm-up included (such a client waits for a retransmission: 0.2 s to 1 s)", row.server(),
                        row.listenOverflows()));
            }
        }
        Row pool = rows.getFirst();
        long rounds = (connections + poolSize - 1) / poolSize;
        out.accept(String.format(Locale.ROOT, "%s at %,d clients: %,d rounds of %d s = about %d s "
                        + "(measured %,d clients in %.2f s, scaled: %.1f s).",
                pool.server(), connections, rounds, Service.DATABASE.toSeconds(), rounds * Service.DATABASE.toSeconds(),
                pool.load().connections(), seconds(pool.load().wall()),
                seconds(pool.load().wall()) * connections / pool.load().connections()));
        return rows;
    }
    // end::run[]

    private static Row measure(String kind, boolean pool, int poolSize, int connections) throws IOException, InterruptedException {
        long rounds = pool ? (connections + poolSize - 1) / poolSize : 1;
        Duration limit = Service.DATABASE.multipliedBy(2 * rounds).plusSeconds(20); // generous, and still bounded
        try (ChildJvm server = ChildJvm.start(kind + " server", ServerProcess.class, kind, Integer.toString(poolSize))) {
            String[] listening = server.expect("LISTENING", STARTING).split(" ", 5);
            server.send("RESET");
            server.expect("RESET", ANSWERING);
            long overflowsBefore = listenOverflows();
            Load load;
            try (ChildJvm generator = ChildJvm.start("load generator", LoadGenerator.class,
                    listening[1], Integer.toString(connections), Long.toString(limit.toSeconds()),
                    Integer.toString(connections < WARM_UP_FROM ? 0 : pool ? poolSize : connections), listening[3])) {
                load = Load.parse(generator.expect("LOAD", limit.multipliedBy(2).plusSeconds(20)));
            }
            server.send("STATS");
            String[] stats = server.expect("STATS", ANSWERING).split(" ");
            server.send("STOP");
            server.expect("STOPPED", ANSWERING);
            return new Row(listening[4], load, ProcessPeaks.parse(stats, 1), Integer.parseInt(listening[2]),
                    Integer.parseInt(stats[4]), Integer.parseInt(stats[5]), listenOverflows() - overflowsBefore);
        }
    }

    /** What the kernel makes of the servers' backlog, where it says (Linux). */
    static java.util.Optional<String> acceptQueueLimit() {
        try {
            int limit = Integer.parseInt(Files.readAllLines(Path.of("/proc/sys/net/core/somaxconn")).getFirst().strip());
            return java.util.Optional.of(String.format(Locale.ROOT, "Each server asks for a backlog of %,d; the kernel "
                    + "keeps at most %,d connections waiting to be accepted (net.core.somaxconn).", Service.BACKLOG,
                    Math.min(limit, Service.BACKLOG)));
        } catch (IOException | RuntimeException notLinux) {
            return java.util.Optional.empty();
        }
    }

    /**
     * How many times, so far, the kernel dropped a handshake because a listening socket's accept queue
     * (at most net.core.somaxconn) was full: Linux's TcpExt ListenOverflows, 0 where it cannot be read.
     */
    static long listenOverflows() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/net/netstat")).stream()
                    .filter(line -> line.startsWith("TcpExt:")).toList();
            List<String> names = List.of(lines.get(0).split(" "));
            return Long.parseLong(lines.get(1).split(" ")[names.indexOf("ListenOverflows")]);
        } catch (IOException | RuntimeException notLinux) {
            return 0;
        }
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
