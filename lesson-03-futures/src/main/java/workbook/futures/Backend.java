package workbook.futures;

import java.util.List;

/**
 * The services a page is built from, as plain blocking calls (each one waits on the network).
 * Like the talk's {@code load_profile}: nothing here is asynchronous; the caller decides that.
 */
public interface Backend {

    /** Which user a session belongs to. */
    String userIdFor(String session);

    Profile profile(String userId);

    List<String> friends(String userId);

    List<String> posts(String userId);
}
