package workbook.futures;

import java.util.List;

/**
 * A user's page: the profile, the friends and the posts, each from its own (slow) service.
 *
 * @param problems the parts that could not be loaded and why; empty for a complete page
 */
public record Page(Profile profile, List<String> friends, List<String> posts, List<String> problems) {

    public Page {
        friends = List.copyOf(friends);
        posts = List.copyOf(posts);
        problems = List.copyOf(problems);
    }

    /** A page with every part loaded. */
    public static Page complete(Profile profile, List<String> friends, List<String> posts) {
        return new Page(profile, friends, posts, List.of());
    }

    @Override
    public String toString() {
        return "%s: %d friends %s, %d posts %s%s".formatted(profile.name(), friends.size(), friends,
                posts.size(), posts, problems.isEmpty() ? "" : ", missing " + problems);
    }
}
