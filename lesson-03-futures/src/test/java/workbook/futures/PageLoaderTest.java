package workbook.futures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static workbook.kit.Timing.seconds;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.opentest4j.TestAbortedException;
import workbook.kit.CommonPool;
import workbook.kit.Goal;
import workbook.kit.Timeline;
import workbook.kit.Timing;

// Every test only waits (sleeping services), each with its own backend, threads and timeline: side by side.
@Execution(ExecutionMode.CONCURRENT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PageLoaderTest {

    private static final Page ANANDS_PAGE = Page.complete(new Profile("anand", "Anand"),
            List.of("grace", "linus", "guido"), List.of("anand: 24 boards tonight", "anand: won 23, drew 1"));

    private final Timeline timeline = Timeline.startingNow();
    private final RecordedThreads loaderThreads = new RecordedThreads("page-io-", timeline);
    private final ExecutorService threads = Executors.newThreadPerTaskExecutor(loaderThreads);

    @AfterEach
    void stopLoads() {
        threads.shutdownNow();
    }

    private PageLoader loader(Duration latency, String... down) {
        return new PageLoader(new SlowBackend(latency, timeline, Set.of(down)), threads);
    }

    // First where the calls run, with quick services: no timing in it, so a crowded pool cannot hide the answer.
    @Order(0)
    @Test
    void everyBackendCallRunsOnTheLoadersExecutor() throws Exception {
        Page page;
        try {
            page = loader(Duration.ofMillis(20)).load("anand").get(10, TimeUnit.SECONDS);
        } catch (TimeoutException stuck) {
            throw new AssertionError("anand's page, from services that answer in 20 ms, had not loaded after 10 s: "
                    + offTheExecutor().or(PageLoaderTest::queuedForTheCommonPool).orElse("where does PageLoader.load wait?"));
        }

        offTheExecutor().ifPresent(off -> fail(off));
        assertThat(page).as("the page of anand, with every part loaded").isEqualTo(ANANDS_PAGE);
    }

    // Each service as slow as the lesson says, then each one in turn the slowest (one after another is always too slow).

    @Order(1)
    @Test
    @Goal(exercise = PageLoader.class, failsBecause = "friends and posts do not need the profile")
    void threeOneSecondLoadsMakeAPageInAboutOneSecond() {
        loadAndJudge("profile, friends and posts (1 s each)", latencies(1.0, 1.0, 1.0));
    }

    @Order(2)
    @Test
    @Goal(exercise = PageLoader.class, failsBecause = "friends and posts do not need the profile")
    void withThePostsSlowest() {
        loadAndJudge("profile (0.5 s), friends (0.7 s) and posts (1.2 s)", latencies(0.5, 0.7, 1.2));
    }

    @Order(3)
    @Test
    @Goal(exercise = PageLoader.class, failsBecause = "friends and posts do not need the profile")
    void withTheProfileSlowest() {
        loadAndJudge("profile (1.2 s), friends (0.5 s) and posts (0.8 s)", latencies(1.2, 0.5, 0.8));
    }

    @Order(4)
    @Test
    @Goal(exercise = PageLoader.class, failsBecause = "friends and posts do not need the profile")
    void withTheFriendsSlowest() {
        loadAndJudge("profile (0.7 s), friends (1.2 s) and posts (0.5 s)", latencies(0.7, 1.2, 0.5));
    }

    private static Map<String, Duration> latencies(double profile, double friends, double posts) {
        return Map.of("session", seconds(0.5), "profile", seconds(profile), "friends", seconds(friends),
                "posts", seconds(posts));
    }

    private static final String SIDE_BY_SIDE = "friends and posts do not need the profile, so all three loads can wait"
            + " at the same time. Look at PageLoader.load: does each load start only when the one before is done?";

    /** Loads anand's page: as long as the slowest load, at once, on the loader's executor, with no thread left waiting. */
    private void loadAndJudge(String description, Map<String, Duration> latencies) {
        Duration longest = Stream.of("profile", "friends", "posts").map(latencies::get)
                .max(Comparator.naturalOrder()).orElseThrow();
        PageLoader loader = new PageLoader(new SlowBackend(latencies, timeline, Set.of()), threads);
        Composed<Page> loading = new Composed<>(timeline, "PageLoader.load", "the loads");
        try {
            Timing.of("loading " + description)
                    .shouldTakeBetween(longest.minus(seconds(0.1)), longest.plus(seconds(0.6)))
                    .hint(SIDE_BY_SIDE)
                    .showing(timeline)
                    .run(() -> loading.run(() -> loader.load("anand"), PageLoader.class, loaderThreads,
                            longest.minus(seconds(0.15))));
        } catch (AssertionError | TestAbortedException outOfBounds) {
            if (offTheExecutor().isEmpty()) {
                loading.shouldHaveComposedSoFar(loaderThreads, 3); // what it did wrong says more than the time it took, busy machine or not
            }
            if (outOfBounds instanceof TestAbortedException notJudged) {
                loading.shouldNotHaveRunInTurn(loaderThreads, 3, SIDE_BY_SIDE);
                throw notJudged;
            }
            throw new AssertionError(offTheExecutor().map(off -> off + "\n").orElse(loading.diagnosis(loaderThreads, 3))
                    + outOfBounds.getMessage(), outOfBounds.getCause());
        }

        offTheExecutor().ifPresent(off -> fail(off));
        loading.shouldHaveComposed();
        assertThat(loading.result()).as("the page of anand, with every part loaded").isEqualTo(ANANDS_PAGE);
    }

    /** The first backend call that ran elsewhere than on the loader's executor, as a sentence. */
    private Optional<String> offTheExecutor() {
        return timeline.spans().stream().filter(call -> !call.thread().startsWith("page-io-")).findFirst()
                .map(call -> """
                        the %s call ran on thread %s, not on the executor given to PageLoader (its threads are \
                        page-io-N)%s. The loader's owner chose where its blocking calls wait; look at where \
                        PageLoader.load runs them.""".formatted(call.task(), call.thread(), elsewhere(call.thread())));
    }

    /** Calls still waiting for a worker of the common pool: they were sent there. */
    private static Optional<String> queuedForTheCommonPool() {
        if (!CommonPool.isBusy()) {
            return Optional.empty();
        }
        return Optional.of("its calls were queued for the common pool, not on the executor given to PageLoader (its "
                + "threads are page-io-N)" + elsewhere("ForkJoinPool.commonPool") + ". Look at where PageLoader.load runs them.");
    }

    /** What is wrong with the pool a call ran on, when its name tells. */
    private static String elsewhere(String thread) {
        if (thread.startsWith("ForkJoinPool.commonPool")) {
            return ": on the common pool, shared by the whole program and as small as one worker on two cores,"
                    + " a blocking call holds a worker that everyone else needs";
        }
        if (thread.startsWith("pool-")) {
            return ": on a pool of its own, that nobody shuts down (its threads outlive the page)";
        }
        return "";
    }

    @Order(5)
    @Test
    @Goal(exercise = PageLoader.class, failsBecause = "the three loads should overlap")
    void aSessionLookupThenThePageTakesHalfASecondPlusOne() {
        PageLoader loader = loader(Duration.ofSeconds(1));
        Timing.of("a 0.5 s session lookup, then the page (1 s loads)")
                .shouldTakeBetween(seconds(1.4), seconds(2.2))
                .hint("the page needs the user id, so it waits for the session; the three loads should overlap"
                        + " after it. Look at PageLoader.load")
                .showing(timeline)
                .run(() -> loader.loadForSession("session-anand").join());
    }

    @Test
    void theLoadsWaitForTheSessionTheyDependOn() {
        Page page = completed(loader(Duration.ofMillis(100)).loadForSession("session-ada"),
                "the page for session-ada (every service answering in 100 ms)");

        assertThat(page.profile()).isEqualTo(new Profile("ada", "Ada"));
        Map<String, Timeline.Span> spans = timeline.spans().stream()
                .collect(Collectors.toMap(Timeline.Span::task, Function.identity()));
        assertThat(spans).containsOnlyKeys("session", "profile", "friends", "posts");
        for (String load : List.of("profile", "friends", "posts")) {
            assertThat(spans.get(load).start())
                    .as("%s must start after the session lookup that gives it the user id\n%s", load, timeline)
                    .isGreaterThanOrEqualTo(spans.get("session").end());
        }
    }

    @Test
    void aFailingLoadReachesTheCallerAsItsRealCause() throws Exception {
        CompletableFuture<Page> page = loader(Duration.ofMillis(100), "posts").load("anand");

        // bounded: a load that never completes fails here, after 10 s, instead of hanging the build
        assertThatThrownBy(() -> page.get(10, TimeUnit.SECONDS))
                .as("the page future must fail (not hang, not hold null) when the posts service is down")
                .hasCauseInstanceOf(BackendException.class)
                .cause().hasMessage("posts service is down");
        assertThatThrownBy(page::join).isInstanceOf(CompletionException.class)
                .satisfies(failure -> assertThat(Causes.unwrap(failure))
                        .isInstanceOf(BackendException.class).hasMessage("posts service is down"));
    }

    @Test
    void aDegradedPageKeepsWhatLoadedAndSaysWhatIsMissing() {
        Page page = completed(loader(Duration.ofMillis(100), "posts").loadDegraded("anand"),
                "anand's degraded page, with the posts service down");

        assertThat(page.profile()).isEqualTo(new Profile("anand", "Anand"));
        assertThat(page.friends()).containsExactly("grace", "linus", "guido");
        assertThat(page.posts()).isEmpty();
        assertThat(page.problems()).containsExactly("posts: posts service is down");
    }

    @Test
    void withoutAProfileThereIsNoPageEvenDegraded() {
        CompletableFuture<Page> page = loader(Duration.ofMillis(100), "profile", "friends").loadDegraded("anand");

        Throwable failure = failed(page, "anand's degraded page, with the profile and friends services down");
        assertThat(failure).as("anand's degraded page, with the profile and friends services down, failed with %s, "
                + "expected the profile service's own failure: without a profile there is no page", failure)
                .isInstanceOf(BackendException.class).hasMessage("profile service is down");
    }

    /** What {@code page} completed with; a sentence, not a bare TimeoutException, when it fails or never completes. */
    private static Page completed(CompletableFuture<Page> page, String what) {
        try {
            return page.get(10, TimeUnit.SECONDS);
        } catch (TimeoutException never) {
            throw new AssertionError(what + " had not completed after 10 s: nothing completes the future PageLoader "
                    + "returned (a step that waits for another which never comes?)");
        } catch (ExecutionException | InterruptedException failure) {
            throw new AssertionError(what + " failed with " + Causes.unwrap(failure) + ", expected a page", failure);
        }
    }

    /** Why {@code page} failed (its real cause); a sentence when it completes instead, or never does. */
    private static Throwable failed(CompletableFuture<Page> page, String what) {
        try {
            Page completed = page.get(10, TimeUnit.SECONDS);
            throw new AssertionError(what + " completed with " + completed + ", expected it to fail");
        } catch (TimeoutException never) {
            throw new AssertionError(what + " had neither failed nor completed after 10 s: nothing completes the "
                    + "future PageLoader returned, not even with the failure");
        } catch (ExecutionException | InterruptedException failure) {
            return Causes.unwrap(failure);
        }
    }

    @Test
    void causesAreUnwrappedFromTheFuturesWrappers() {
        BackendException cause = new BackendException("down");
        assertThat(Causes.unwrap(new CompletionException(new java.util.concurrent.ExecutionException(cause))))
                .isSameAs(cause);
        assertThat(Causes.unwrap(cause)).isSameAs(cause);
    }
}
