package workbook.futures;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link CallbackConnection} to an in-memory database: it answers {@code select * from TABLE}
 * after {@code latency}, on its own "db-driver" thread, and reports an unknown table as an error.
 */
public final class SimulatedDatabase implements CallbackConnection, AutoCloseable {

    private static final Pattern SELECT = Pattern.compile("select \\* from (\\w+)");

    private final Map<String, List<String>> tables;
    private final Duration latency;
    private final ScheduledExecutorService driver = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("db-driver").daemon().factory());

    public SimulatedDatabase(Map<String, List<String>> tables, Duration latency) {
        this.tables = Map.copyOf(tables);
        this.latency = latency;
    }

    /** A database of the simul: its boards and its players. */
    public static SimulatedDatabase ofTheSimul(Duration latency) {
        return new SimulatedDatabase(Map.of(
                "boards", List.of("board 1: Anand vs Guido", "board 2: Anand vs Sebastián", "board 3: Anand vs Luciano"),
                "players", List.of("Anand", "Guido", "Sebastián", "Luciano")), latency);
    }

    @Override
    public void execute(String query, Callback callback) {
        driver.schedule(() -> answer(query, callback), latency.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void answer(String query, Callback callback) {
        Matcher select = SELECT.matcher(query.strip());
        if (!select.matches()) {
            callback.onError(new QueryException("syntax error in: " + query));
        } else if (!tables.containsKey(select.group(1))) {
            callback.onError(new QueryException("no such table: " + select.group(1)));
        } else {
            callback.onRows(tables.get(select.group(1)));
        }
    }

    @Override
    public void close() {
        driver.shutdownNow();
    }
}
