package workbook.futures;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import workbook.kit.Timeline;

/**
 * A {@link Backend} whose every call takes {@code latency} (a session lookup takes half of it), or
 * a latency of its own per service, records itself on a timeline, and fails with a
 * {@link BackendException} for the services that are down.
 */
public final class SlowBackend implements Backend {

    private final Map<String, Duration> latencies;
    private final Timeline timeline;
    private final Set<String> down;

    /** {@code down} names the services that fail: "session", "profile", "friends" or "posts". */
    public SlowBackend(Duration latency, Timeline timeline, Set<String> down) {
        this(Map.of("session", latency.dividedBy(2), "profile", latency, "friends", latency, "posts", latency),
                timeline, down);
    }

    /** Each service takes its own time: {@code latencies} has one for each of the four services. */
    public SlowBackend(Map<String, Duration> latencies, Timeline timeline, Set<String> down) {
        this.latencies = Map.copyOf(latencies);
        this.timeline = timeline;
        this.down = Set.copyOf(down);
    }

    public SlowBackend(Duration latency, Timeline timeline) {
        this(latency, timeline, Set.of());
    }

    @Override
    public String userIdFor(String session) {
        return call("session", () -> session.substring(session.indexOf('-') + 1));
    }

    @Override
    public Profile profile(String userId) {
        return call("profile", () -> new Profile(userId,
                userId.substring(0, 1).toUpperCase(Locale.ROOT) + userId.substring(1)));
    }

    @Override
    public List<String> friends(String userId) {
        return call("friends", () -> List.of("grace", "linus", "guido"));
    }

    @Override
    public List<String> posts(String userId) {
        return call("posts", () -> List.of(userId + ": 24 boards tonight", userId + ": won 23, drew 1"));
    }

    private <T> T call(String service, Supplier<T> answer) {
        Timeline.Running running = timeline.begin(service);
        try {
            Thread.sleep(latencies.get(service)); // the network round trip
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new BackendException(service + " call interrupted");
        } finally {
            running.end();
        }
        if (down.contains(service)) {
            throw new BackendException(service + " service is down");
        }
        return answer.get();
    }
}
