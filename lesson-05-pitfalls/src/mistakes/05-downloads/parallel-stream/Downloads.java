// Mistake: a parallel stream instead of supplyAsync: still the common pool (plus the caller), still in turn.
// Rejected with: "waited in turn on the common pool"
package workbook.pitfalls;

import java.util.List;

public final class Downloads {

    /** Fetches every page; returns once all have arrived, in the order asked. */
    public List<String> fetchAll(List<String> pages) {
        return pages.parallelStream().map(SlowNetwork::fetch).toList();
    }
}
