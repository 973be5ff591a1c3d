package workbook.pitfalls;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.kit.Timing.seconds;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import workbook.kit.MachineLoad;
import workbook.kit.ChildJvm;
import workbook.kit.Goal;
import workbook.kit.Timeline;

/**
 * The common pool's size depends on the machine, so these run in a JVM of their own whose common pool
 * has the single worker of a 2-core machine: the same verdict on every machine. They mostly wait (each
 * in its own JVM), so they run side by side.
 */
@Execution(ExecutionMode.CONCURRENT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DownloadsTest {

    private static final String ON_THE_COMMON_POOL = "waited in turn on the common pool";

    @Test
    @Order(1)
    @Goal(exercise = Downloads.class, failsBecause = ON_THE_COMMON_POOL)
    void fourOneSecondWaitsTakeOneSecond() throws Exception {
        fetchInOneSecond(4);
    }

    @Test
    @Order(2)
    @Goal(exercise = Downloads.class, failsBecause = ON_THE_COMMON_POOL)
    void twelveOneSecondWaitsTakeOneSecondToo() throws Exception {
        fetchInOneSecond(12);
    }

    @Test
    @Order(3)
    void nothingIsLeftRunningOnceThePagesAreFetched() throws Exception {
        try (ChildJvm child = startOnATwoCoreCommonPool(3)) {
            awaitAllPages(child, 3);
            // idle for 2 s and still there: on a busy machine a JVM may take longer to exit, but not sitting idle
            assertThat(child.awaitExitWhileWorking(Duration.ofSeconds(2), Duration.ofSeconds(30))).overridingErrorMessage("""
                    the program's main returned once its 3 pages were fetched, yet its JVM was still running, idle \
                    for 2 s: Downloads.fetchAll left threads behind that are not daemons (a pool never shut down). \
                    Expected nothing of fetchAll to outlive the call.""").isTrue();
        }
    }

    private static void fetchInOneSecond(int pages) throws Exception {
        try (ChildJvm child = startOnATwoCoreCommonPool(pages)) {
            awaitAllPages(child, pages);
            // Where the pages waited first: it names the mistake, and a busy machine does not change it.
            assertThat(waitedSideBySide(threadsUsed(child), pages))
                    .overridingErrorMessage(() -> whereThePagesWaited(child, pages)).isTrue();
            // each fetch began only once the one before it had ended: told by the order of the child's lines, not a clock
            assertThat(mostWaitingAtOnce(child)).overridingErrorMessage("""
                    the %d pages waited one after another, never two at a time: each fetch started only once the one \
                    before it had arrived (one task fetching every page in turn, or a stream, which is lazy: it takes \
                    one page through every step, supplyAsync then join, before the next). Start every fetch first, \
                    then wait for them""", pages).isGreaterThan(1);
            List<String> fetched = child.output().stream().filter(line -> line.contains(" fetched on ")).toList();
            List<String> order = fetched.stream().map(line -> line.strip().split(" ")[0]).toList();
            assertThat(order).overridingErrorMessage("""
                    fetchAll returned the pages as %s, expected them in the order asked, %s: pages that wait side by \
                    side arrive in any order, and the caller asked for a list in its own order. Look at how \
                    Downloads.fetchAll collects the results""", order, CommonPoolStarvation.pages(pages))
                    .containsExactlyElementsOf(CommonPoolStarvation.pages(pages));

            // Then the time, as the child measured it: side by side, as long as one wait.
            Duration took = tookInTheChild(child);
            String measured = "fetching %d pages (1 s of waiting each) took %s in the child JVM, expected between 0.90 s "
                    .formatted(pages, Timeline.seconds(took)) + "and 1.80 s";
            assertThat(took).overridingErrorMessage("%s: %s", measured, whereThePagesWaited(child, pages))
                    .isGreaterThanOrEqualTo(seconds(0.9));
            if (took.compareTo(seconds(1.8)) > 0 && MachineLoad.overloaded()) {
                throw MachineLoad.tooBusy(measured + ", with every page waiting side by side as it should");
            }
            assertThat(took).overridingErrorMessage("%s: %s", measured, whereThePagesWaited(child, pages))
                    .isLessThanOrEqualTo(seconds(1.8));
        }
    }

    /** On virtual threads, or on as many threads as there are pages (none of them the common pool's). */
    private static boolean waitedSideBySide(List<String> threads, int pages) {
        return threads.equals(List.of("a virtual thread"))
                || threads.size() >= pages && threads.stream().noneMatch(thread -> thread.startsWith("ForkJoinPool.commonPool"));
    }

    /** The most pages whose wait had begun and not yet ended, at any line of the child's output. */
    private static int mostWaitingAtOnce(ChildJvm child) {
        int waiting = 0;
        int most = 0;
        for (String line : child.output()) {
            if (line.startsWith(SlowNetwork.WAITING)) {
                most = Math.max(most, ++waiting);
            } else if (line.startsWith(SlowNetwork.DONE)) {
                waiting--;
            }
        }
        return most;
    }

    /** What the child measured itself, between its "fetching" and "all fetched" lines. */
    private static Duration tookInTheChild(ChildJvm child) throws InterruptedException {
        String took = child.expect("took ", Duration.ofSeconds(10)); // printed right after the last page
        return seconds(Double.parseDouble(took.substring("took ".length(), took.indexOf(" s"))));
    }

    /** What the threads the pages waited on say about how fetchAll waited. */
    private static String whereThePagesWaited(ChildJvm child, int pages) {
        List<String> threads = threadsUsed(child);
        if (threads.stream().anyMatch(thread -> thread.startsWith("ForkJoinPool.commonPool"))) {
            return """
                    the pages %s: they waited on the common ForkJoinPool (threads seen: %s), which is sized for \
                    computing (here 1 worker, as on a 2-core machine); a waiting task holds its worker for the \
                    whole wait, and the other pages queue behind it. Look at where Downloads.fetchAll runs its \
                    fetches.""".formatted(ON_THE_COMMON_POOL, String.join(", ", threads));
        }
        if (!waitedSideBySide(threads, pages)) {
            return """
                    the %d pages waited on only %d threads (%s), a few at a time: a pool of a fixed size waits in \
                    rounds once there are more pages than threads. Expected every page to wait at the same time, \
                    however many there are.""".formatted(pages, threads.size(), String.join(", ", threads));
        }
        return "look at how Downloads.fetchAll waits for its pages (it printed " + child.output() + ")";
    }

    /** The threads the pages waited on so far, as the child JVM said when each wait began. */
    private static List<String> threadsUsed(ChildJvm child) {
        return child.output().stream().filter(line -> line.startsWith(SlowNetwork.WAITING))
                .map(line -> line.substring(line.indexOf(" on ") + " on ".length()))
                .distinct().sorted().collect(Collectors.toList());
    }

    private static ChildJvm startOnATwoCoreCommonPool(int pages) throws Exception {
        ChildJvm child = ChildJvm.of(CommonPoolStarvation.class).jvmOptions(List.of(CommonPoolStarvation.ONE_WORKER, SlowNetwork.SHOW_WAITS))
                .stopGrace(Duration.ZERO).start("fix", Integer.toString(pages));
        assertThat(child.awaitLine(CommonPoolStarvation.started(pages), Duration.ofSeconds(30)))
                .overridingErrorMessage("the child JVM did not start fetching within 30 s; it printed %s", child.output())
                .isTrue();
        return child;
    }

    private static void awaitAllPages(ChildJvm child, int pages) throws InterruptedException {
        assertThat(child.awaitLine(CommonPoolStarvation.finished(pages), Duration.ofSeconds(30)))
                .overridingErrorMessage("the child JVM did not fetch its pages within 30 s; it printed %s", child.output())
                .isTrue();
    }
}
