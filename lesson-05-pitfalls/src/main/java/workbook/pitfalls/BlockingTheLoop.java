package workbook.pitfalls;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import workbook.kit.Primes;
import workbook.kit.Timeline;

/** Pitfall 4, the talk's {@code find_primes}: CPU work on the loop holds up every timer. */
public final class BlockingTheLoop {

    /** The timer scheduled just before the search. */
    public static final Duration TIMER = Duration.ofMillis(100);

    /** A search that keeps a core busy for about a second. */
    public static final int LIMIT = 80_000;

    /** What happened: when the timer fired and when the count came back, both from the start. */
    public record Race(Duration timerFired, Duration countArrived, int count) {

        /** How much later than asked the timer fired. */
        public Duration lateness() {
            return timerFired.minus(TIMER);
        }
    }

    private BlockingTheLoop() {
    }

    // tag::mistake[]
    /** The mistake: the search runs on the loop's own thread. */
    public static CompletableFuture<Integer> countOnTheLoop(EventLoop loop, int limit) {
        return loop.completed(Primes.countBelowTheSlowWay(limit)); // the loop computes: nothing else runs meanwhile
    }
    // end::mistake[]

    // tag::race[]
    /** On the loop: schedules a 100 ms timer, then asks {@code search} for the primes below {@code limit}. */
    public static Race race(EventLoop loop, IntFunction<CompletableFuture<Integer>> search, int limit,
            Timeline timeline) throws Exception {
        CompletableFuture<Duration> fired = new CompletableFuture<>();
        CompletableFuture<Duration> arrived = new CompletableFuture<>();
        CompletableFuture<Integer> count = new CompletableFuture<>();
        loop.execute(() -> {
            Duration start = timeline.now();
            loop.setTimeout(TIMER, () -> {
                timeline.add("timer (100 ms)", Thread.currentThread(), start, timeline.now());
                fired.complete(timeline.now().minus(start));
            });
            search.apply(limit).whenComplete((primes, failure) -> {
                timeline.add("prime search", Thread.currentThread(), start, timeline.now());
                arrived.complete(timeline.now().minus(start));
                if (failure == null) {
                    count.complete(primes);
                } else {
                    count.completeExceptionally(failure);
                }
            });
        });
        return new Race(fired.get(60, TimeUnit.SECONDS), arrived.get(60, TimeUnit.SECONDS),
                count.get(60, TimeUnit.SECONDS));
    }
    // end::race[]

    /** Races the timer against the mistake, then against {@link PrimeSearch}; prints both timelines. */
    public static void run(Consumer<String> out) throws Exception {
        try (EventLoop loop = new EventLoop("event-loop");
             ExecutorService workers = Executors.newFixedThreadPool(1,
                     task -> Thread.ofPlatform().name("worker").daemon().unstarted(task))) {
            out.accept("The mistake: a 100 ms timer, then the prime search on the loop");
            report(out, loop, limit -> countOnTheLoop(loop, limit));
            out.accept("");
            out.accept("The fix: PrimeSearch hands the search to a worker thread");
            report(out, loop, new PrimeSearch(loop, workers)::countBelow);
        }
    }

    private static void report(Consumer<String> out, EventLoop loop, IntFunction<CompletableFuture<Integer>> search)
            throws Exception {
        Timeline timeline = Timeline.startingNow();
        Race race = race(loop, search, LIMIT, timeline);
        out.accept("  %d primes below %,d, the count back after %s".formatted(
                race.count(), LIMIT, Timeline.seconds(race.countArrived())));
        out.accept("  the 100 ms timer fired after %s (%s late)".formatted(
                Timeline.seconds(race.timerFired()), Timeline.seconds(race.lateness())));
        out.accept(timeline.toString().stripTrailing());
    }
}
