package workbook.futures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static workbook.kit.Timing.seconds;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import workbook.kit.Goal;
import workbook.kit.Timeline;
import workbook.kit.Timing;

class PageLoaderTest {

    private final Timeline timeline = Timeline.startingNow();
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stopLoads() {
        threads.shutdownNow();
    }

    private PageLoader loader(Duration latency, String... down) {
        return new PageLoader(new SlowBackend(latency, timeline, Set.of(down)), threads);
    }

    @Test
    @Goal(exercise = PageLoader.class, failsBecause = "friends and posts do not need the profile")
    void threeOneSecondLoadsMakeAPageInAboutOneSecond() {
        PageLoader loader = loader(Duration.ofSeconds(1));
        CompletableFuture<Page> page = new CompletableFuture<>();
        Timing.of("loading profile, friends and posts (1 s each)")
                .shouldTakeBetween(seconds(0.9), seconds(1.6))
                .hint("friends and posts do not need the profile, so all three loads can wait at the same time."
                        + " Look at PageLoader.load: does each load start only when the one before is done?")
                .showing(timeline)
                .run(() -> page.complete(loader.load("anand").join()));

        assertThat(page.join()).isEqualTo(Page.complete(new Profile("anand", "Anand"),
                List.of("grace", "linus", "guido"), List.of("anand: 24 boards tonight", "anand: won 23, drew 1")));
    }

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
        Page page = loader(Duration.ofMillis(100)).loadForSession("session-ada").join();

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
        Page page = loader(Duration.ofMillis(100), "posts").loadDegraded("anand").orTimeout(10, TimeUnit.SECONDS).join();

        assertThat(page.profile()).isEqualTo(new Profile("anand", "Anand"));
        assertThat(page.friends()).containsExactly("grace", "linus", "guido");
        assertThat(page.posts()).isEmpty();
        assertThat(page.problems()).containsExactly("posts: posts service is down");
    }

    @Test
    void withoutAProfileThereIsNoPageEvenDegraded() {
        CompletableFuture<Page> page = loader(Duration.ofMillis(100), "profile", "friends").loadDegraded("anand");

        assertThatThrownBy(() -> page.orTimeout(10, TimeUnit.SECONDS).join())
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(BackendException.class).hasMessage("profile service is down");
    }

    @Test
    void causesAreUnwrappedFromTheFuturesWrappers() {
        BackendException cause = new BackendException("down");
        assertThat(Causes.unwrap(new CompletionException(new java.util.concurrent.ExecutionException(cause))))
                .isSameAs(cause);
        assertThat(Causes.unwrap(cause)).isSameAs(cause);
    }
}
