// Mistake: starts the three loads with supplyAsync and no executor, so the blocking calls run on the common pool.
// Rejected with: "not on the executor"
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
        CompletableFuture<Profile> profile = CompletableFuture.supplyAsync(() -> backend.profile(userId));
        CompletableFuture<List<String>> friends = CompletableFuture.supplyAsync(() -> backend.friends(userId));
        CompletableFuture<List<String>> posts = CompletableFuture.supplyAsync(() -> backend.posts(userId));
        return profile.thenCombine(friends, ProfileAndFriends::new)
                .thenCombine(posts, (two, p) -> Page.complete(two.profile(), two.friends(), p));
    }

    private record ProfileAndFriends(Profile profile, List<String> friends) {
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
