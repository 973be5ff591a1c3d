package workbook.futures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Builds a {@link Page} from three services that take about a second each, like the talk's
 * {@code get_profile}: the calls are blocking, the loader runs them as tasks.
 *
 * <p>EXERCISE: the page is right, but it takes three seconds where one would do. Run
 * {@code ./workbook run 03-page-loader} and read what was measured.
 */
public final class PageLoader {

    private final Backend backend;
    private final Executor executor;

    /** The backend's blocking calls run on {@code executor}'s threads. */
    public PageLoader(Backend backend, Executor executor) {
        this.backend = backend;
        this.executor = executor;
    }

    // tag::load[]
    /** The page of {@code userId}: fails with the backend's own exception if any part fails. */
    public CompletableFuture<Page> load(String userId) {
        // TODO: the page takes 1 s + 1 s + 1 s. Which of these loads needs the result of
        //  another, and which only waits for it?
        return async(() -> backend.profile(userId))
                .thenCompose(profile -> async(() -> backend.friends(userId))
                        .thenCompose(friends -> async(() -> backend.posts(userId))
                                .thenApply(posts -> Page.complete(profile, friends, posts))));
    }
    // end::load[]

    // tag::load-for-session[]
    /** The page of whoever owns {@code session}: the loads need the user id, so they wait for it. */
    public CompletableFuture<Page> loadForSession(String session) {
        return async(() -> backend.userIdFor(session))
                .thenCompose(this::load); // a step that returns a future: compose, don't nest
    }
    // end::load-for-session[]

    // tag::load-degraded[]
    /** Like {@link #load}, but a page without friends or posts is still a page; without a profile it is not. */
    public CompletableFuture<Page> loadDegraded(String userId) {
        CompletableFuture<Profile> profile = async(() -> backend.profile(userId));
        CompletableFuture<Part> friends = part("friends", async(() -> backend.friends(userId)));
        CompletableFuture<Part> posts = part("posts", async(() -> backend.posts(userId)));
        return CompletableFuture.allOf(profile, friends, posts).thenApply(allDone -> {
            List<String> problems = new ArrayList<>();
            friends.join().problem().ifPresent(problems::add); // not silently lost: the page says what is missing
            posts.join().problem().ifPresent(problems::add);
            return new Page(profile.join(), friends.join().items(), posts.join().items(), problems);
        });
    }

    /** A list, or nothing and the reason why. */
    private record Part(List<String> items, Optional<String> problem) {
    }

    private static CompletableFuture<Part> part(String name, CompletableFuture<List<String>> load) {
        return load.handle((items, failure) -> failure == null
                ? new Part(items, Optional.empty())
                : new Part(List.of(), Optional.of(name + ": " + Causes.unwrap(failure).getMessage())));
    }
    // end::load-degraded[]

    private <T> CompletableFuture<T> async(Supplier<T> call) {
        return CompletableFuture.supplyAsync(call, executor);
    }
}
